// An RSA key pair made at test time, signing as RealtimeKit signs webhook deliveries:
// RSA PKCS#1 v1.5 over SHA-256 of the raw body, standard Base64.
#pragma once

#include <memory>
#include <string>
#include <string_view>

namespace rtk_test {

class signing_key {
 public:
  explicit signing_key(int bits = 2048);  // throws std::runtime_error
  ~signing_key();
  signing_key(const signing_key&) = delete;
  signing_key& operator=(const signing_key&) = delete;

  // PEM SubjectPublicKeyInfo, with real line breaks.
  std::string public_pem() const;
  // The rtk-signature header value for this body.
  std::string sign(std::string_view body) const;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace rtk_test
