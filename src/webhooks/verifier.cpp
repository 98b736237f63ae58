// Verifying a delivery: the webhook error category, the key, and the signature check.
//
// The key is parsed from the Base64 between the PEM markers rather than by OpenSSL's PEM
// reader, which needs real line breaks: copies of the key arrive with literal "\n" pairs (JSON
// escapes pasted as is) or with no line breaks at all.

#include "../http/field_value.hpp"

#include <rtk/webhooks.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/value.hpp>

#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/x509.h>

#include <array>
#include <memory>
#include <ostream>
#include <string>

namespace rtk::webhooks {
namespace {

class category_impl final : public boost::system::error_category {
 public:
  const char* name() const noexcept override { return "rtk.webhooks"; }
  std::string message(int ev) const override {
    switch (static_cast<errc>(ev)) {
      case errc::missing_signature:
        return "the delivery has no rtk-signature header";
      case errc::malformed_signature:
        return "the rtk-signature header is not a Base64 signature of the key's size";
      case errc::signature_mismatch:
        return "the signature does not match the body: not sent by RealtimeKit, or altered";
      case errc::body_not_json:
        return "the body is not a JSON object with an \"event\" member";
      case errc::invalid_public_key:
        return "no RSA public key in the PEM given";
      case errc::key_unavailable:
        return "the webhook public key could not be fetched";
    }
    return "unknown rtk.webhooks error";
  }
};

// Standard Base64 (RFC 4648 section 4), padding optional; nothing else is accepted, not even
// white space inside. Empty on failure (a signature is never empty).
std::string base64_decode(std::string_view in) {
  static constexpr auto table = [] {
    std::array<signed char, 256> t{};
    t.fill(-1);
    constexpr std::string_view alphabet =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    for (std::size_t i = 0; i < alphabet.size(); ++i)
      t[static_cast<unsigned char>(alphabet[i])] = static_cast<signed char>(i);
    return t;
  }();
  while (!in.empty() && in.back() == '=') in.remove_suffix(1);
  if (in.size() % 4 == 1) return {};
  std::string out;
  out.reserve(in.size() * 3 / 4);
  std::uint32_t bits = 0;
  int count = 0;
  for (char c : in) {
    const int v = table[static_cast<unsigned char>(c)];
    if (v < 0) return {};
    bits = (bits << 6) | static_cast<std::uint32_t>(v);
    if (++count == 4) {
      out += static_cast<char>((bits >> 16) & 0xff);
      out += static_cast<char>((bits >> 8) & 0xff);
      out += static_cast<char>(bits & 0xff);
      bits = 0;
      count = 0;
    }
  }
  if (count == 2) out += static_cast<char>((bits >> 4) & 0xff);
  if (count == 3) {
    out += static_cast<char>((bits >> 10) & 0xff);
    out += static_cast<char>((bits >> 2) & 0xff);
  }
  return out;
}

// The DER between "-----BEGIN PUBLIC KEY-----" and "-----END PUBLIC KEY-----", with real line
// breaks, literal "\n" / "\r" pairs and blanks dropped. Empty when the markers are missing.
std::string pem_body(std::string_view pem) {
  constexpr std::string_view begin = "-----BEGIN PUBLIC KEY-----";
  constexpr std::string_view end = "-----END PUBLIC KEY-----";
  const auto b = pem.find(begin);
  if (b == std::string_view::npos) return {};
  const auto e = pem.find(end, b + begin.size());
  if (e == std::string_view::npos) return {};
  std::string_view inner = pem.substr(b + begin.size(), e - b - begin.size());
  std::string text;
  for (std::size_t i = 0; i < inner.size(); ++i) {
    const char c = inner[i];
    if (c == '\\' && i + 1 < inner.size() && (inner[i + 1] == 'n' || inner[i + 1] == 'r')) {
      ++i;
      continue;
    }
    if (c == '\n' || c == '\r' || c == ' ' || c == '\t') continue;
    text += c;
  }
  return base64_decode(text);
}

struct pkey_free {
  void operator()(EVP_PKEY* k) const noexcept { EVP_PKEY_free(k); }
};
struct md_ctx_free {
  void operator()(EVP_MD_CTX* c) const noexcept { EVP_MD_CTX_free(c); }
};

}  // namespace

const boost::system::error_category& category() noexcept {
  static const category_impl instance;
  return instance;
}

std::ostream& operator<<(std::ostream& os, errc e) {
  return os << make_error_code(e).message();
}

struct verifier::key {
  std::unique_ptr<EVP_PKEY, pkey_free> pkey;
  std::size_t signature_size = 0;
};

namespace {

std::shared_ptr<const verifier::key> load_key(std::string_view pem, error_code& ec) {
  ec = {};
  const std::string der = pem_body(pem);
  const auto* p = reinterpret_cast<const unsigned char*>(der.data());
  auto k = std::make_shared<verifier::key>();
  if (!der.empty()) k->pkey.reset(d2i_PUBKEY(nullptr, &p, static_cast<long>(der.size())));
  if (!k->pkey || EVP_PKEY_base_id(k->pkey.get()) != EVP_PKEY_RSA) {
    ERR_clear_error();
    ec = make_error_code(errc::invalid_public_key);
    return nullptr;
  }
  k->signature_size = static_cast<std::size_t>(EVP_PKEY_size(k->pkey.get()));
  return k;
}

}  // namespace

verifier::verifier(std::string_view pem, error_code& ec) : key_(load_key(pem, ec)) {}

verifier::verifier(std::string_view pem) {
  error_code ec;
  key_ = load_key(pem, ec);
  if (ec) {
    diagnostics d;
    d.client_message = "the PEM holds no RSA public key (\"-----BEGIN PUBLIC KEY-----\" ...)";
    throw rtk::error(ec, std::move(d));
  }
}

verifier verifier::from_well_known(std::string_view json_document, error_code& ec) {
  boost::system::error_code parse_ec;
  const boost::json::value doc = boost::json::parse(json_document, parse_ec);
  const boost::json::value* key = nullptr;
  if (!parse_ec && doc.is_object()) {
    if (const auto* data = doc.get_object().if_contains("data"); data && data->is_object())
      key = data->get_object().if_contains("publicKey");
  }
  if (key == nullptr || !key->is_string()) {
    ec = make_error_code(errc::invalid_public_key);
    return verifier(std::shared_ptr<const verifier::key>());
  }
  return verifier(std::string_view(key->get_string()), ec);
}

error_code verifier::verify(std::string_view raw_body, std::string_view signature) const {
  signature = rtk::detail::http::trim_ows(signature);
  if (signature.empty()) return make_error_code(errc::missing_signature);
  if (!key_) return make_error_code(errc::invalid_public_key);
  const std::string sig = base64_decode(signature);
  if (sig.size() != key_->signature_size) return make_error_code(errc::malformed_signature);
  std::unique_ptr<EVP_MD_CTX, md_ctx_free> ctx(EVP_MD_CTX_new());
  int verified = -1;
  if (ctx && EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key_->pkey.get()) == 1)
    verified =
        EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(sig.data()), sig.size(),
                         reinterpret_cast<const unsigned char*>(raw_body.data()), raw_body.size());
  // A failed check leaves entries on this thread's OpenSSL error queue; a TLS connection
  // driven later on this thread must not find them.
  ERR_clear_error();
  return verified == 1 ? error_code() : make_error_code(errc::signature_mismatch);
}

}  // namespace rtk::webhooks
