// Receiving webhooks: a delivery's body parsed into its event, its timestamps, the well-known
// key document, a PEM key, and a signature checked against a fixed key (never verifying).

#include <rtk/webhooks.hpp>

#include <cstddef>
#include <cstdint>
#include <string_view>

namespace {

// Any RSA key: no fuzzed signature can verify with it.
constexpr std::string_view fixed_key =
    "-----BEGIN PUBLIC KEY-----\n"
    "MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8AMIIBCgKCAQEAwxMVBeaJjEW9Vmc/sGhU\n"
    "VwF01LqzqDvhA+YKyDxLYt9lvOsTJrynj+xNvGoEhjIe4TzEyMWPv43okWygvqvW\n"
    "B+GQujdwQXcC92GfBA+/oEGlElkubzBy/w4hJ8s3nAX8VABhptlyGmbZiSI23Pgp\n"
    "Ghk6wiB7wMUM7hW/uIYw3sQ+ogOoms8lt3nfb+zfnjgEtGT/6w9ojo1jyCCLfBR4\n"
    "ehpTULg09aeFL3OyaSFZqmnH/HVEm83Oq2Sv8GbTwSwiOxBJkAurxOCZ+IveJudW\n"
    "SzboNNZjiLV//23/i30F6Ue4XiJ1hbYmFIhWHE+k1XE0Jpm9E1MRO94GU8ni9yTf\n"
    "fwIDAQAB\n"
    "-----END PUBLIC KEY-----\n";

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view in(reinterpret_cast<const char*>(data), size);
  rtk::error_code ec;
  auto event = rtk::webhooks::parse(in, ec);
  if (!ec) (void)rtk::webhooks::event_name(event);
  (void)rtk::webhooks::parse_timestamp(in);
  (void)rtk::webhooks::verifier::from_well_known(in, ec);
  rtk::webhooks::verifier from_input(in, ec);
  static const rtk::webhooks::verifier fixed(fixed_key);
  const auto half = in.size() / 2;
  (void)fixed.verify(in.substr(0, half), in.substr(half));
  return 0;
}
