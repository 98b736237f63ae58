// The webhook signing key, through OpenSSL's EVP API (OpenSSL 1.1.1 and 3).

#include "webhook_signer.hpp"

#include <openssl/bio.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <fstream>
#include <iterator>
#include <mutex>
#include <stdexcept>
#include <vector>

namespace rtk::emu {
namespace {

struct pkey_deleter {
  void operator()(EVP_PKEY* k) const noexcept { EVP_PKEY_free(k); }
};
using pkey_ptr = std::unique_ptr<EVP_PKEY, pkey_deleter>;

struct bio_deleter {
  void operator()(BIO* b) const noexcept { BIO_free(b); }
};
using bio_ptr = std::unique_ptr<BIO, bio_deleter>;

// OpenSSL's reason for the last failure ("" if none), leaving its error queue empty: a stale
// entry would be blamed on the next TLS operation of this thread.
std::string openssl_reason() {
  unsigned long code = ERR_peek_last_error();
  std::string out;
  if (code != 0) {
    char buf[256];
    ERR_error_string_n(code, buf, sizeof buf);
    out = buf;
  }
  ERR_clear_error();
  return out;
}

[[noreturn]] void fail(std::string what) {
  std::string reason = openssl_reason();
  if (!reason.empty()) what += " (" + reason + ")";
  throw std::runtime_error("rtk-emulator: " + what);
}

// Encrypted keys are refused rather than prompting on the terminal for a passphrase.
int no_passphrase(char*, int, int, void*) {
  return -1;
}

pkey_ptr load(const std::string& file) {
  std::ifstream in(file, std::ios::binary);
  if (!in) throw std::runtime_error("rtk-emulator: cannot read the webhook key file " + file);
  std::string pem((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  bio_ptr bio(BIO_new_mem_buf(pem.data(), static_cast<int>(pem.size())));
  if (!bio) fail("cannot read the webhook key file " + file);
  pkey_ptr key(PEM_read_bio_PrivateKey(bio.get(), nullptr, no_passphrase, nullptr));
  if (!key) fail("the webhook key file " + file + " holds no unencrypted PEM private key");
  if (EVP_PKEY_base_id(key.get()) != EVP_PKEY_RSA)
    fail("the webhook key in " + file + " is not an RSA key (RealtimeKit signs with RSA)");
  return key;
}

pkey_ptr generate(int bits) {
  EVP_PKEY_CTX* ctx = EVP_PKEY_CTX_new_id(EVP_PKEY_RSA, nullptr);
  EVP_PKEY* raw = nullptr;
  bool ok = ctx != nullptr && EVP_PKEY_keygen_init(ctx) == 1 &&
            EVP_PKEY_CTX_set_rsa_keygen_bits(ctx, bits) == 1 && EVP_PKEY_keygen(ctx, &raw) == 1;
  EVP_PKEY_CTX_free(ctx);
  pkey_ptr key(raw);
  if (!ok || !key) fail("cannot generate the webhook signing key");
  return key;
}

std::string public_pem_of(EVP_PKEY* key) {
  bio_ptr bio(BIO_new(BIO_s_mem()));
  if (!bio || PEM_write_bio_PUBKEY(bio.get(), key) != 1)
    fail("cannot write the webhook public key");
  char* data = nullptr;
  long size = BIO_get_mem_data(bio.get(), &data);
  return std::string(data, static_cast<std::size_t>(size));
}

std::string base64(const std::vector<unsigned char>& bytes) {
  std::string out(4 * ((bytes.size() + 2) / 3), '\0');
  int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), bytes.data(),
                          static_cast<int>(bytes.size()));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

}  // namespace

struct webhook_signer::impl {
  int generated_bits = 0;
  mutable std::once_flag made{};
  mutable pkey_ptr key{};
  mutable std::string public_pem{};

  // The key, generated on first use when none was loaded.
  EVP_PKEY* get() const {
    std::call_once(made, [this] {
      if (!key) key = generate(generated_bits);
      public_pem = public_pem_of(key.get());
    });
    return key.get();
  }
};

webhook_signer::webhook_signer(const std::string& key_file, int generated_bits)
    : impl_(std::make_unique<impl>()) {
  impl_->generated_bits = generated_bits;
  if (!key_file.empty()) impl_->key = load(key_file);
}

webhook_signer::~webhook_signer() = default;

std::string webhook_signer::public_pem() const {
  impl_->get();
  return impl_->public_pem;
}

std::string webhook_signer::sign(std::string_view body) const {
  EVP_PKEY* key = impl_->get();
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  std::size_t size = 0;
  std::vector<unsigned char> signature;
  const auto* data = reinterpret_cast<const unsigned char*>(body.data());
  // An RSA key signs with PKCS#1 v1.5 padding unless told otherwise.
  bool ok = ctx != nullptr && EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, key) == 1 &&
            EVP_DigestSign(ctx, nullptr, &size, data, body.size()) == 1;
  if (ok) {
    signature.resize(size);
    ok = EVP_DigestSign(ctx, signature.data(), &size, data, body.size()) == 1;
    signature.resize(size);
  }
  EVP_MD_CTX_free(ctx);
  if (!ok) fail("cannot sign a webhook delivery");
  return base64(signature);
}

}  // namespace rtk::emu
