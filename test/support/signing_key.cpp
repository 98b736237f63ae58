#include "support/signing_key.hpp"

#include <openssl/bio.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rsa.h>

#include <stdexcept>
#include <vector>

namespace rtk_test {

struct signing_key::impl {
  EVP_PKEY* key = nullptr;
};

signing_key::signing_key(int bits) : impl_(std::make_unique<impl>()) {
  impl_->key = EVP_RSA_gen(static_cast<unsigned>(bits));
  if (impl_->key == nullptr) throw std::runtime_error("signing_key: RSA key generation failed");
}

signing_key::~signing_key() {
  EVP_PKEY_free(impl_->key);
}

std::string signing_key::public_pem() const {
  BIO* bio = BIO_new(BIO_s_mem());
  if (bio == nullptr || PEM_write_bio_PUBKEY(bio, impl_->key) != 1) {
    BIO_free(bio);
    throw std::runtime_error("signing_key: PEM_write_bio_PUBKEY failed");
  }
  char* data = nullptr;
  const long size = BIO_get_mem_data(bio, &data);
  std::string pem(data, static_cast<std::size_t>(size));
  BIO_free(bio);
  return pem;
}

std::string signing_key::sign(std::string_view body) const {
  EVP_MD_CTX* ctx = EVP_MD_CTX_new();
  std::size_t size = 0;
  std::vector<unsigned char> sig;
  bool ok = ctx != nullptr &&
            EVP_DigestSignInit(ctx, nullptr, EVP_sha256(), nullptr, impl_->key) == 1 &&
            EVP_DigestSign(ctx, nullptr, &size, reinterpret_cast<const unsigned char*>(body.data()),
                           body.size()) == 1;
  if (ok) {
    sig.resize(size);
    ok = EVP_DigestSign(ctx, sig.data(), &size, reinterpret_cast<const unsigned char*>(body.data()),
                        body.size()) == 1;
  }
  EVP_MD_CTX_free(ctx);
  if (!ok) throw std::runtime_error("signing_key: EVP_DigestSign failed");
  std::string out(4 * ((size + 2) / 3), '\0');
  const int n = EVP_EncodeBlock(reinterpret_cast<unsigned char*>(out.data()), sig.data(),
                                static_cast<int>(size));
  out.resize(static_cast<std::size_t>(n));
  return out;
}

}  // namespace rtk_test
