#pragma once
// Receiving RealtimeKit's webhooks: verify a delivery's signature, parse it into a typed event,
// and drop the deliveries seen before. (The Webhooks *API*, which registers the URLs, is
// client.webhooks(); see <rtk/webhooks_api.hpp>.)
//
// Each delivery is an HTTP POST carrying three headers:
//   rtk-signature    standard Base64 of an RSA PKCS#1 v1.5 SHA-256 signature of the raw body
//   rtk-uuid         unique per delivery: a retried delivery repeats it (duplicate_filter)
//   rtk-webhook-id   the webhook configuration that sent it
// Verify the body exactly as received: re-serialized JSON does not verify. Answer any 2xx at
// once (the sender retries a 5xx or a network failure, never a 3xx/4xx) and do slow work
// later. docs/webhooks.md has the whole story.
//
//   rtk::webhooks::verifier v(pem);
//   if (auto ec = v.verify(body, signature)) return 401;
//   auto event = rtk::webhooks::parse(body);     // throws rtk::error if not an event
//   if (auto* p = std::get_if<rtk::webhooks::participant_joined>(&event)) ...
//
// No Beast, OpenSSL or Boost.JSON here: the key and the parser live in the library.

#include <rtk/client_options.hpp>
#include <rtk/detail/async.hpp>
#include <rtk/error.hpp>
#include <rtk/extra_fields.hpp>
#include <rtk/models/common.hpp>

#include <boost/asio/any_io_executor.hpp>

#include <chrono>
#include <cstddef>
#include <cstdint>
#include <exception>
#include <iosfwd>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <utility>
#include <variant>

namespace rtk::webhooks {

inline constexpr std::string_view signature_header = "rtk-signature";
inline constexpr std::string_view uuid_header = "rtk-uuid";
inline constexpr std::string_view webhook_id_header = "rtk-webhook-id";
// Where RealtimeKit publishes the key that signs its deliveries (unauthenticated).
inline constexpr std::string_view default_public_key_url =
    "https://api.realtime.cloudflare.com/.well-known/webhooks.json";

// ---- errors -------------------------------------------------------------------------------

enum class errc {
  missing_signature = 1,  // no rtk-signature, or an empty one
  malformed_signature,    // not standard Base64, or not the key's signature length
  signature_mismatch,     // well-formed, but not a signature of this body by this key
  body_not_json,          // verified (or not), but not a JSON object with an "event" string
  invalid_public_key,     // the PEM (or the well-known document) holds no RSA public key
  key_unavailable,        // the key could not be fetched: nothing can be verified
};

const boost::system::error_category& category() noexcept;

inline error_code make_error_code(errc e) noexcept {
  return error_code(static_cast<int>(e), category());
}

// Prints the errc's message.
std::ostream& operator<<(std::ostream& os, errc e);

// ---- verification -------------------------------------------------------------------------

// One RSA public key, parsed once; cheap to copy (copies share the key), thread-safe.
class verifier {
 public:
  // A PEM SubjectPublicKeyInfo ("-----BEGIN PUBLIC KEY-----"). Literal "\n" pairs, as the
  // samples and JSON-escaped copies have them, count as line breaks. Throws rtk::error
  // (errc::invalid_public_key) when it holds no RSA public key.
  explicit verifier(std::string_view pem);
  // The same, without throwing: `ec` is set and the verifier rejects every signature.
  verifier(std::string_view pem, error_code& ec);
  // The document the well-known URL serves: {"success":true,"data":{"publicKey":"<PEM>"}}.
  static verifier from_well_known(std::string_view json_document, error_code& ec);

  // Whether `signature` (the rtk-signature header's value) signs `raw_body`. Never throws;
  // nothing of the body or the signature is kept or logged.
  error_code verify(std::string_view raw_body, std::string_view signature) const;

  struct key;  // the parsed key (src/webhooks/verifier.cpp)

 private:
  explicit verifier(std::shared_ptr<const key> k) : key_(std::move(k)) {}
  std::shared_ptr<const key> key_;
};

// A verifier that fetches the key from the well-known URL on first use and caches it. When a
// signature does not verify with the cached key, it fetches the key once more (the key may
// have been rotated, even to another size) and verifies again; such refetches start at most
// once per `refetch_interval`, so forged requests cannot make it hammer the URL. When no key
// can be had, every verification fails closed with errc::key_unavailable, and a failed fetch is
// retried no sooner than `failed_fetch_backoff` later. Thread-safe; verifications that need
// the key while it is being fetched wait for that one fetch. Handlers run through the
// verifier's executor (then their own), so that executor must be running.
class remote_verifier {
 public:
  struct options {
    // https://, or http:// to a loopback address (an emulator, a test): a key fetched in the
    // clear from elsewhere could be anyone's.
    std::string url{default_public_key_url};
    tls_options tls{};
    std::chrono::milliseconds timeout{10'000};  // the whole fetch: connect, TLS, answer
    std::chrono::milliseconds refetch_interval{60'000};
    std::chrono::milliseconds failed_fetch_backoff{5'000};
  };

  // Fetches on `ex`. Throws rtk::error (rtk::errc::invalid_argument) for a URL that is not an
  // absolute https URL (or http to loopback), or TLS settings that do not load.
  explicit remote_verifier(boost::asio::any_io_executor ex);
  remote_verifier(boost::asio::any_io_executor ex, options opts);

  // Completes with the verification's error_code (none: verified). Takes copies of both
  // strings. With the default token, asio::use_awaitable or asio::use_future a failure throws
  // rtk::error (e.code() == rtk::webhooks::errc::signature_mismatch); with any other token the
  // handler gets (error_code). Cancellation is not supported: a fetch ends by its timeout.
  template <class Token = default_token_t>
  auto async_verify(std::string_view raw_body, std::string_view signature, Token&& token = {});

  // Fetches the key now (for example at start-up, to fail early); same completion forms.
  template <class Token = default_token_t>
  auto async_refresh(Token&& token = {});

  struct state;

 private:
  using handler = boost::asio::any_completion_handler<void(error_code)>;
  // The operation holds the state, never `this`: a deferred operation may outlive a moved-from
  // verifier.
  static void start_verify(std::shared_ptr<state> s, std::string raw_body, std::string signature,
                           handler h);
  static void start_refresh(std::shared_ptr<state> s, handler h);
  std::shared_ptr<state> state_;
};

// ---- events -------------------------------------------------------------------------------
// Members are named as the JSON spells them (camelCase): the codec maps names one to one, and
// the documentation's examples read the same. Every member but `event` may be absent, since
// senders drift; members this version does not know are kept in `extra`. Timestamps are kept
// as sent (both "2026-06-10T10:30:00.000Z" and "2022-12-13 07:08:39.051621Z" occur);
// parse_timestamp reads either.

struct organizer {
  std::optional<std::string> id{};
  std::optional<std::string> name{};
  extra_fields extra{};
};

// The meeting an event is about.
struct meeting {
  std::optional<std::string> id{};
  std::optional<std::string> sessionId{};
  std::optional<std::string> title{};
  std::optional<std::string> roomName{};
  std::optional<std::string> status{};
  std::optional<std::string> createdAt{};
  std::optional<std::string> startedAt{};
  std::optional<std::string> endedAt{};
  std::optional<organizer> organizedBy{};
  extra_fields extra{};
};

struct participant {
  std::optional<std::string> peerId{};
  std::optional<std::string> userDisplayName{};
  std::optional<std::string> customParticipantId{};
  std::optional<std::string> clientSpecificId{};
  std::optional<std::string> joinedAt{};
  std::optional<std::string> leftAt{};
  extra_fields extra{};
};

struct recording {
  std::optional<std::string> id{};
  std::optional<std::string> recordingId{};
  std::optional<std::string> status{};  // RECORDING, UPLOADING, UPLOADED, ERRORED, INVOKED...
  std::optional<std::string> downloadUrl{};
  std::optional<std::string> audioDownloadUrl{};
  std::optional<std::string> downloadUrlExpiry{};
  std::optional<std::string> startedTime{};
  std::optional<std::string> stoppedTime{};
  // Bytes; one source sends a number, another a string: kept as sent (see file_size_bytes).
  std::optional<std::variant<std::int64_t, std::string>> fileSize{};
  std::optional<std::string> outputFileName{};
  std::optional<std::string> meetingId{};
  std::optional<double> recordingDuration{};
  std::optional<std::string> organizationId{};
  std::optional<std::string> roomUUID{};
  extra_fields extra{};
};

// fileSize as a number, whichever way it was sent; empty when absent or not a whole number.
std::optional<std::int64_t> file_size_bytes(const recording& r);

// "meeting.started"
struct meeting_started {
  std::string event{};
  std::optional<webhooks::meeting> meeting{};
  extra_fields extra{};
};

// "meeting.ended"
struct meeting_ended {
  std::string event{};
  std::optional<webhooks::meeting> meeting{};
  std::optional<std::string> reason{};  // HOST_ENDED_MEETING, ALL_PARTICIPANTS_LEFT...
  extra_fields extra{};
};

// "meeting.participantJoined"
struct participant_joined {
  std::string event{};
  std::optional<webhooks::meeting> meeting{};
  std::optional<webhooks::participant> participant{};
  extra_fields extra{};
};

// "meeting.participantLeft"
struct participant_left {
  std::string event{};
  std::optional<webhooks::meeting> meeting{};
  std::optional<webhooks::participant> participant{};
  extra_fields extra{};
};

// "meeting.chatSynced": flat, without a `meeting` object.
struct chat_synced {
  std::string event{};
  std::optional<std::string> sessionId{};
  std::optional<std::string> meetingId{};
  std::optional<std::string> title{};
  std::optional<std::string> chatDownloadUrl{};
  std::optional<std::string> chatDownloadUrlExpiry{};
  std::optional<std::string> createdAt{};
  std::optional<std::string> startedAt{};
  std::optional<std::string> endedAt{};
  std::optional<organizer> organizedBy{};
  extra_fields extra{};
};

// "recording.statusUpdate"
struct recording_status_update {
  std::string event{};
  std::optional<webhooks::recording> recording{};
  std::optional<webhooks::meeting> meeting{};
  extra_fields extra{};
};

// "livestreaming.statusUpdate". streamKey is a credential: rtk never logs it.
struct livestreaming_status_update {
  std::string event{};
  std::optional<std::string> streamId{};
  std::optional<std::string> status{};  // LIVE, OFFLINE, IDLE...
  std::optional<bool> manualIngest{};
  std::optional<std::string> playbackUrl{};
  std::optional<std::string> ingestServer{};
  std::optional<std::string> streamKey{};
  std::optional<webhooks::meeting> meeting{};
  extra_fields extra{};
};

// "meeting.transcript"
struct transcript_ready {
  std::string event{};
  std::optional<webhooks::meeting> meeting{};
  std::optional<std::string> transcriptDownloadUrl{};
  std::optional<std::string> transcriptDownloadUrlExpiry{};
  extra_fields extra{};
};

// "meeting.summary"
struct summary_ready {
  std::string event{};
  std::optional<webhooks::meeting> meeting{};
  std::optional<std::string> summaryDownloadUrl{};
  std::optional<std::string> summaryDownloadUrlExpiry{};
  extra_fields extra{};
};

// An event this version of rtk does not know: its name and the whole body, as received.
// Answer it with a 2xx, or the sender retries it.
struct unknown_event {
  std::string event{};
  std::string json{};
};

using event = std::variant<meeting_started, meeting_ended, participant_joined, participant_left,
                           chat_synced, recording_status_update, livestreaming_status_update,
                           transcript_ready, summary_ready, unknown_event>;

// The body's event. Lenient: a member that is absent or of another type than documented is
// left empty (the value kept in `extra`), never an error. Fails only for a body that is not a
// JSON object with an "event" string (errc::body_not_json). Does not verify: verify first.
event parse(std::string_view raw_body, error_code& ec);
event parse(std::string_view raw_body);  // throws rtk::error

// The event's name as sent ("meeting.started").
std::string_view event_name(const event& e) noexcept;

// Either timestamp form, to UTC milliseconds; empty for anything else.
std::optional<std::chrono::sys_time<std::chrono::milliseconds>> parse_timestamp(
    std::string_view text);

// ---- duplicates -----------------------------------------------------------------------------

// Remembers the last `capacity` rtk-uuid values seen, so a delivery the sender retried (after a
// timeout, say) is handled once. Thread-safe. Per process: servers behind a load balancer
// share the work through a store of their own.
class duplicate_filter {
 public:
  explicit duplicate_filter(std::size_t capacity = 100'000);
  ~duplicate_filter();
  duplicate_filter(const duplicate_filter&) = delete;
  duplicate_filter& operator=(const duplicate_filter&) = delete;

  // True the first time `uuid` is seen (and remembers it); false for a repeat. An empty uuid
  // is never remembered, and is always "first".
  bool first_delivery(std::string_view uuid);
  std::size_t size() const;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

// ---- remote_verifier's async forms ----------------------------------------------------------

}  // namespace rtk::webhooks

namespace rtk::detail {

// Turns a failed verification into an rtk::error for the throwing tokens.
template <class Handler>
struct throw_on_error {
  Handler handler;
  void operator()(error_code ec) {
    std::exception_ptr ex;
    if (ec) ex = std::make_exception_ptr(rtk::error(ec, {}));
    std::move(handler)(ex);
  }
};

struct verify_initiation {
  template <class Handler, class Start, bool Throwing>
  void operator()(Handler&& h, Start start, std::bool_constant<Throwing>) const {
    using erased = boost::asio::any_completion_handler<void(error_code)>;
    if constexpr (Throwing) {
      std::move(start)(erased(throw_on_error<std::decay_t<Handler>>{std::forward<Handler>(h)}));
    } else {
      std::move(start)(erased(std::forward<Handler>(h)));
    }
  }
};

// (error_code) for handlers; a throwing token gets (exception_ptr) carrying an rtk::error.
template <class Token, class Start>
auto initiate_verify(Start start, Token&& token) {
  namespace asio = boost::asio;
  if constexpr (std::same_as<std::decay_t<Token>, default_token_t>) {
    return asio::async_initiate<const asio::use_awaitable_t<>&, void(std::exception_ptr)>(
        verify_initiation{}, asio::use_awaitable, std::move(start), std::true_type{});
  } else if constexpr (throws_v<Token>) {
    return asio::async_initiate<Token, void(std::exception_ptr)>(
        verify_initiation{}, token, std::move(start), std::true_type{});
  } else {
    return asio::async_initiate<Token, void(error_code)>(verify_initiation{}, token,
                                                         std::move(start), std::false_type{});
  }
}

}  // namespace rtk::detail

namespace rtk::webhooks {

template <class Token>
auto remote_verifier::async_verify(std::string_view raw_body, std::string_view signature,
                                   Token&& token) {
  return rtk::detail::initiate_verify(
      [s = state_, body = std::string(raw_body), sig = std::string(signature)](handler h) mutable {
        start_verify(std::move(s), std::move(body), std::move(sig), std::move(h));
      },
      std::forward<Token>(token));
}

template <class Token>
auto remote_verifier::async_refresh(Token&& token) {
  return rtk::detail::initiate_verify(
      [s = state_](handler h) mutable { start_refresh(std::move(s), std::move(h)); },
      std::forward<Token>(token));
}

}  // namespace rtk::webhooks

template <>
struct boost::system::is_error_code_enum<rtk::webhooks::errc> : std::true_type {};

// The adapter is transparent to Asio: it has its handler's executor, allocator and
// cancellation slot.
template <template <class, class> class Associator, class Handler, class Default>
struct boost::asio::associator<Associator, rtk::detail::throw_on_error<Handler>, Default>
    : Associator<Handler, Default> {
  static typename Associator<Handler, Default>::type get(
      const rtk::detail::throw_on_error<Handler>& a) noexcept {
    return Associator<Handler, Default>::get(a.handler);
  }
  static auto get(const rtk::detail::throw_on_error<Handler>& a, const Default& d) noexcept
      -> decltype(Associator<Handler, Default>::get(a.handler, d)) {
    return Associator<Handler, Default>::get(a.handler, d);
  }
};
