#include "scrub.hpp"

#include <string_view>

namespace rtk::detail {
namespace {

void redact(std::string& text, const std::string& secret) {
  if (secret.size() < 4) return;  // too short to search for without mangling text
  constexpr std::string_view mark = "[redacted]";
  for (auto pos = text.find(secret); pos != std::string::npos;
       pos = text.find(secret, pos + mark.size()))
    text.replace(pos, secret.size(), mark);
}

}  // namespace

scrubber::scrubber(const credentials& auth, std::string_view proxy_password) {
  if (const auto* t = std::get_if<api_token>(&auth)) credentials_.push_back(t->token);
  if (const auto* k = std::get_if<api_key>(&auth)) credentials_.push_back(k->key);
  if (!proxy_password.empty()) credentials_.emplace_back(proxy_password);
}

void scrubber::scrub(std::string& text, std::span<const std::string> request_secrets) const {
  if (text.empty()) return;
  for (const auto& secret : credentials_) redact(text, secret);
  for (const auto& secret : request_secrets) redact(text, secret);
}

}  // namespace rtk::detail
