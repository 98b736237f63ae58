#pragma once
// Secrets out of text: the client's credentials, and a request's own secrets (storage keys and
// passwords in its body), replaced with "[redacted]" wherever text that came from the server or
// from an error could quote them (diagnostics, log lines, exception texts).

#include <rtk/client_options.hpp>

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace rtk::detail {

class scrubber {
 public:
  // `proxy_password`: the proxy's, when it has one.
  explicit scrubber(const credentials& auth, std::string_view proxy_password = {});

  void scrub(std::string& text, std::span<const std::string> request_secrets = {}) const;

 private:
  std::vector<std::string> credentials_;  // the API token, or the API key
};

}  // namespace rtk::detail
