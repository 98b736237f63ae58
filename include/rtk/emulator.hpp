#pragma once
// rtk::emulator: a local RealtimeKit API. A real HTTP(S) server on 127.0.0.1 that keeps apps,
// meetings, participants, presets, webhooks, recordings, livestreams and sessions in memory and
// answers every endpoint as the reference documents, so code can be tried and tested without a
// Cloudflare account. Point a client at base_url() with any non-empty API token.
//
// What only a live call can create (sessions, their peers, chat, transcripts) and network
// faults are set up through the control endpoint, outside /client/v4 (see docs/emulator.md):
// over HTTP at <origin>/__emulator/..., or in-process with control().
//
// State changes that RealtimeKit reports by webhook (a session starting, participants leaving,
// recordings and livestreams changing status...) are posted to the app's enabled webhooks
// subscribed to them, signed with the emulator's own key (webhook_public_key_url()), after the
// API has answered, and retried as the real service retries them. By default only loopback
// hosts are contacted. Control path "deliveries" lists every attempt.
//
// The server runs on its own thread, serving every connection from that one thread; every
// public member is thread-safe. Boost and OpenSSL stay out of this header.

#include <chrono>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rtk {

class emulator {
 public:
  struct options {
    std::string host = "127.0.0.1";  // the address to listen on
    std::uint16_t port = 0;          // 0: any free port
    // The API token to accept as "Authorization: Bearer <token>" (and as X-Auth-Key). Empty:
    // any non-empty token is accepted.
    std::string token{};
    // Apps that exist from the start, with these ids (as "Create App" would make them).
    std::vector<std::string> app_ids{};
    // Both set: serve HTTPS with this PEM certificate (chain) and private key.
    std::string cert_file{};
    std::string key_file{};
    // The PEM RSA private key (unencrypted) webhook deliveries are signed with. Empty: a fresh
    // RSA 2048 key, generated when first needed (the first delivery, or the first look at the
    // public key).
    std::string webhook_key_file{};
    // false: deliveries go to loopback hosts only (127.0.0.0/8, ::1, localhost); a webhook
    // elsewhere gets one failed attempt, "not sent". true: any host (https verified against
    // the system's trust store).
    bool webhook_any_host = false;
    // Each delivery is tried this often in all (a 5xx answer or a network failure is retried;
    // a 3xx or 4xx is not), waiting `webhook_backoff` before the second attempt, twice as long
    // before each next one. One attempt (connect, request, answer) gets `webhook_timeout`.
    unsigned webhook_attempts = 4;
    std::chrono::milliseconds webhook_backoff{100};
    std::chrono::milliseconds webhook_timeout{5'000};
    // Each API token (the bearer token, or the X-Auth-Key) may make `rate_limit_quota` requests
    // under /client/v4 in a window of `rate_limit_window`, which opens at its first request
    // after the previous window closed; then it is answered 429 until the window closes. Each
    // such answer, and the 429, says where the token stands in Ratelimit and Ratelimit-Policy
    // headers. 0: no limit (the window is then ignored); otherwise the window is 1 to
    // 4294967295 seconds. Control path "rate-limit" changes it at run time.
    unsigned rate_limit_quota = 0;
    std::chrono::seconds rate_limit_window{0};
  };

  struct control_reply {
    unsigned status = 0;
    std::string body;  // JSON
  };

  // Starts serving at once. Throws std::runtime_error if the address cannot be bound, the
  // certificate does not load, the webhook key does not load or a rate limit's window is out
  // of range.
  emulator();
  explicit emulator(options opts);
  ~emulator();  // stop()
  emulator(const emulator&) = delete;
  emulator& operator=(const emulator&) = delete;

  // "http://127.0.0.1:PORT/client/v4" (https with a certificate): a client's base_url.
  const std::string& base_url() const noexcept;
  std::uint16_t port() const noexcept;

  // "http://127.0.0.1:PORT/.well-known/webhooks.json" (https with a certificate): where the
  // key that signs webhook deliveries is published, as {"success": true, "data": {"publicKey":
  // "<PEM>"}, "message": ""}. Give it to a verifier as RealtimeKit's well-known URL.
  std::string webhook_public_key_url() const;
  // That key: PEM SubjectPublicKeyInfo.
  std::string webhook_public_key_pem() const;

  // Runs one control request in-process, exactly as `<method> /__emulator/<path>` with `body`
  // over HTTP would, and waits for its reply. Examples: control("POST", "sessions", "{...}").
  control_reply control(std::string_view method, std::string_view path, std::string_view body = {});

  // Requests answered so far on /client/v4 (control requests not counted).
  std::uint64_t requests_served() const;

  // Closes the listener and every connection, drops the webhook deliveries not yet made (and
  // cuts those under way), and joins the server thread. Idempotent.
  void stop();

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace rtk
