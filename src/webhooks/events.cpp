// Parsing a delivery into its typed event, with the codec every model uses, so webhook events
// decode as leniently as API results: unknown members kept in `extra`, drifted types too.

#include "../codec/json_codec.hpp"
#include "../models/webhook_events.hpp"

#include <rtk/models/webhooks.hpp>
#include <rtk/webhooks.hpp>

#include <charconv>
#include <chrono>

namespace rtk::webhooks {
namespace {

namespace json = boost::json;
namespace codec = rtk::detail::codec;

template <class T>
event decode_as(const json::value& body) {
  T out{};
  codec::decode(body, out);  // an object: never fails, drifted members go to `extra`
  return out;
}

event decode_event(const json::value& body, std::string_view name, std::string_view raw) {
  using enum webhook_event;
  switch (open_enum<webhook_event>::from_wire(name).value()) {
    case meeting_started:
      return decode_as<webhooks::meeting_started>(body);
    case meeting_ended:
      return decode_as<webhooks::meeting_ended>(body);
    case meeting_participant_joined:
      return decode_as<participant_joined>(body);
    case meeting_participant_left:
      return decode_as<participant_left>(body);
    case meeting_chat_synced:
      return decode_as<chat_synced>(body);
    case recording_status_update:
      return decode_as<webhooks::recording_status_update>(body);
    case livestreaming_status_update:
      return decode_as<webhooks::livestreaming_status_update>(body);
    case meeting_transcript:
      return decode_as<transcript_ready>(body);
    case meeting_summary:
      return decode_as<summary_ready>(body);
    case unknown:
      break;
  }
  return unknown_event{std::string(name), std::string(raw)};
}

}  // namespace

event parse(std::string_view raw_body, error_code& ec) {
  ec = {};
  boost::system::error_code parse_ec;
  const json::value body = json::parse(raw_body, parse_ec);
  const json::object* obj = parse_ec ? nullptr : body.if_object();
  const json::value* name = obj ? obj->if_contains("event") : nullptr;
  if (name == nullptr || !name->is_string()) {
    ec = make_error_code(errc::body_not_json);
    return unknown_event{};
  }
  return decode_event(body, std::string_view(name->get_string()), raw_body);
}

event parse(std::string_view raw_body) {
  error_code ec;
  event e = parse(raw_body, ec);
  if (ec) {
    diagnostics d;
    d.client_message = "the webhook body is not a JSON object with an \"event\" string";
    throw rtk::error(ec, std::move(d));
  }
  return e;
}

std::string_view event_name(const event& e) noexcept {
  return std::visit([](const auto& alternative) -> std::string_view { return alternative.event; },
                    e);
}

std::optional<std::int64_t> file_size_bytes(const recording& r) {
  if (!r.fileSize) return std::nullopt;
  if (const auto* n = std::get_if<std::int64_t>(&*r.fileSize))
    return *n >= 0 ? std::optional(*n) : std::nullopt;
  const std::string& text = std::get<std::string>(*r.fileSize);
  std::int64_t value = 0;
  const auto [end, err] = std::from_chars(text.data(), text.data() + text.size(), value);
  if (err != std::errc() || end != text.data() + text.size() || value < 0) return std::nullopt;
  return value;
}

// "2026-06-10T10:30:00.000Z" or "2022-12-13 07:08:39.051621Z": a date, 'T' or a space, a time
// with an optional fraction (cut to milliseconds), then 'Z' or a "+HH:MM" / "-HH:MM" offset.
std::optional<std::chrono::sys_time<std::chrono::milliseconds>> parse_timestamp(
    std::string_view text) {
  using namespace std::chrono;
  std::size_t at = 0;
  // Exactly `digits` decimal digits: no sign, no blank.
  auto number = [&](std::size_t digits, int& out) {
    if (at + digits > text.size()) return false;
    out = 0;
    for (std::size_t i = 0; i < digits; ++i, ++at) {
      const char c = text[at];
      if (c < '0' || c > '9') return false;
      out = out * 10 + (c - '0');
    }
    return true;
  };
  auto expect = [&](std::string_view options) {
    if (at >= text.size() || options.find(text[at]) == std::string_view::npos) return false;
    ++at;
    return true;
  };
  int y = 0, mo = 0, d = 0, h = 0, mi = 0, s = 0;
  if (!(number(4, y) && expect("-") && number(2, mo) && expect("-") && number(2, d) &&
        expect("T ") && number(2, h) && expect(":") && number(2, mi) && expect(":") &&
        number(2, s)))
    return std::nullopt;
  int ms = 0;
  if (at < text.size() && text[at] == '.') {
    ++at;
    std::size_t digits = 0;
    for (; at < text.size() && text[at] >= '0' && text[at] <= '9'; ++at, ++digits)
      if (digits < 3) ms = ms * 10 + (text[at] - '0');
    if (digits == 0) return std::nullopt;
    for (; digits < 3; ++digits) ms *= 10;
  }
  int offset_minutes = 0;
  if (at < text.size() && text[at] == 'Z') {
    ++at;
  } else if (at < text.size() && (text[at] == '+' || text[at] == '-')) {
    const int sign = text[at++] == '-' ? -1 : 1;
    int oh = 0, om = 0;
    if (!(number(2, oh) && expect(":") && number(2, om)) || oh > 23 || om > 59) return std::nullopt;
    offset_minutes = sign * (oh * 60 + om);
  } else {
    return std::nullopt;
  }
  if (at != text.size()) return std::nullopt;
  const year_month_day date{year(y), month(static_cast<unsigned>(mo)),
                            day(static_cast<unsigned>(d))};
  if (!date.ok() || h > 23 || mi > 59 || s > 60) return std::nullopt;
  return sys_days(date) + hours(h) + minutes(mi) + seconds(s) + milliseconds(ms) -
         minutes(offset_minutes);
}

}  // namespace rtk::webhooks
