#pragma once
// The key the emulator signs its webhook deliveries with, as RealtimeKit does: RSA PKCS#1 v1.5
// over SHA-256 of the exact body, in standard Base64. The private key never leaves this class;
// the public one is served at /.well-known/webhooks.json.
//
// A key loaded from a file is read at construction. A generated one (RSA, 2048 bits unless said
// otherwise) is made when first needed: the first signature, or the first look at the public
// key. Thread-safe.

#include <memory>
#include <string>
#include <string_view>

namespace rtk::emu {

class webhook_signer {
 public:
  // `key_file`: a PEM RSA private key (unencrypted), or "" to generate one of
  // `generated_bits`. Throws std::runtime_error naming the file when it cannot be read or holds
  // no RSA private key.
  explicit webhook_signer(const std::string& key_file, int generated_bits = 2048);
  ~webhook_signer();
  webhook_signer(const webhook_signer&) = delete;
  webhook_signer& operator=(const webhook_signer&) = delete;

  // PEM SubjectPublicKeyInfo ("-----BEGIN PUBLIC KEY-----\n...").
  std::string public_pem() const;
  // The rtk-signature value for `body`: Base64 with padding, no line breaks. Throws
  // std::runtime_error if OpenSSL fails.
  std::string sign(std::string_view body) const;

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace rtk::emu
