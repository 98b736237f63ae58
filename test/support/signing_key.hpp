// An RSA key pair made at test time, signing as RealtimeKit signs webhook deliveries (RSA
// PKCS#1 v1.5 over SHA-256 of the raw body, standard Base64): the emulator's own signer, with a
// key of the size a test asks for.
#pragma once

#include "emulator/webhook_signer.hpp"

namespace rtk_test {

class signing_key : public rtk::emu::webhook_signer {
 public:
  explicit signing_key(int bits = 2048) : webhook_signer("", bits) {}
};

}  // namespace rtk_test
