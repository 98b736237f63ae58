#include "support/test_ca.hpp"

#include <openssl/bio.h>
#include <openssl/bn.h>
#include <openssl/err.h>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

#include <cerrno>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <system_error>
#include <utility>

namespace rtk_test {
namespace {

// Generic deleter so every OpenSSL object gets RAII ownership with one line.
template <auto FreeFn>
struct openssl_deleter {
  template <class T>
  void operator()(T* p) const noexcept {
    FreeFn(p);
  }
};

using pkey_ptr = std::unique_ptr<EVP_PKEY, openssl_deleter<EVP_PKEY_free>>;
using pkey_ctx_ptr = std::unique_ptr<EVP_PKEY_CTX, openssl_deleter<EVP_PKEY_CTX_free>>;
using x509_ptr = std::unique_ptr<X509, openssl_deleter<X509_free>>;
using name_ptr = std::unique_ptr<X509_NAME, openssl_deleter<X509_NAME_free>>;
using ext_ptr = std::unique_ptr<X509_EXTENSION, openssl_deleter<X509_EXTENSION_free>>;
using bignum_ptr = std::unique_ptr<BIGNUM, openssl_deleter<BN_free>>;
using bio_ptr = std::unique_ptr<BIO, openssl_deleter<BIO_free_all>>;

constexpr long kOneHour = 60L * 60L;
constexpr long kOneDay = 24L * kOneHour;

// Drains the OpenSSL error queue into the message, so a failure explains itself and the queue is
// left clean for whoever runs next on this thread.
[[noreturn]] void throw_openssl(const std::string& what) {
  std::string msg = "test_ca: " + what;
  char buf[256];
  while (unsigned long err = ERR_get_error()) {
    ERR_error_string_n(err, buf, sizeof buf);
    msg += "; ";
    msg += buf;
  }
  throw std::runtime_error(msg);
}

// Most OpenSSL calls return 1 on success; a few (X509_sign) return a positive size.
void check(int rc, const std::string& what) {
  if (rc <= 0) throw_openssl(what);
}

template <class T>
T* check_ptr(T* p, const std::string& what) {
  if (p == nullptr) throw_openssl(what);
  return p;
}

pkey_ptr make_p256_key() {
  pkey_ctx_ptr ctx(check_ptr(EVP_PKEY_CTX_new_from_name(nullptr, "EC", nullptr), "key ctx"));
  check(EVP_PKEY_keygen_init(ctx.get()), "keygen init");
  check(EVP_PKEY_CTX_set_group_name(ctx.get(), "P-256"), "set curve P-256");
  EVP_PKEY* key = nullptr;
  check(EVP_PKEY_generate(ctx.get(), &key), "generate EC key");
  return pkey_ptr(key);
}

// Random 63-bit serial: unique enough that no client ever sees two different certificates with
// the same issuer+serial (some TLS stacks cache on that), and always positive.
void set_random_serial(X509* cert) {
  bignum_ptr bn(check_ptr(BN_new(), "BN_new"));
  check(BN_rand(bn.get(), 63, BN_RAND_TOP_ANY, BN_RAND_BOTTOM_ANY), "BN_rand");
  check_ptr(BN_to_ASN1_INTEGER(bn.get(), X509_get_serialNumber(cert)), "set serial");
}

name_ptr make_name(const std::string& common_name) {
  name_ptr name(check_ptr(X509_NAME_new(), "X509_NAME_new"));
  auto add = [&](const char* field, const std::string& value) {
    const auto* bytes = reinterpret_cast<const unsigned char*>(value.c_str());
    check(X509_NAME_add_entry_by_txt(name.get(), field, MBSTRING_UTF8, bytes, -1, -1, 0),
          std::string("name entry ") + field);
  };
  add("O", "rtk test");
  add("CN", common_name);
  return name;
}

// Adds one extension written in openssl.cnf syntax; `ctx` supplies issuer/subject for the key
// identifier extensions.
void add_ext(X509* cert, X509V3_CTX* ctx, int nid, const std::string& value) {
  ext_ptr ext(X509V3_EXT_conf_nid(nullptr, ctx, nid, value.c_str()));
  if (!ext) throw_openssl("extension " + std::string(OBJ_nid2sn(nid)) + "=" + value);
  check(X509_add_ext(cert, ext.get(), -1), "add extension");
}

struct cert_spec {
  std::string common_name;
  EVP_PKEY* subject_key = nullptr;
  X509* issuer = nullptr;  // nullptr: self-signed
  EVP_PKEY* issuer_key = nullptr;
  std::vector<std::pair<int, std::string>> extensions;  // applied in order
};

x509_ptr make_cert(const cert_spec& spec) {
  x509_ptr cert(check_ptr(X509_new(), "X509_new"));
  check(X509_set_version(cert.get(), X509_VERSION_3), "set version");
  set_random_serial(cert.get());
  // Backdated by an hour so small clock differences never make a fresh cert "not yet valid".
  check_ptr(X509_gmtime_adj(X509_getm_notBefore(cert.get()), -kOneHour), "notBefore");
  check_ptr(X509_gmtime_adj(X509_getm_notAfter(cert.get()), kOneDay), "notAfter");
  check(X509_set_pubkey(cert.get(), spec.subject_key), "set public key");

  name_ptr subject = make_name(spec.common_name);
  check(X509_set_subject_name(cert.get(), subject.get()), "set subject");
  X509_NAME* issuer_name = spec.issuer ? X509_get_subject_name(spec.issuer) : subject.get();
  check(X509_set_issuer_name(cert.get(), issuer_name), "set issuer");

  X509V3_CTX ctx;
  X509V3_set_ctx_nodb(&ctx);
  X509V3_set_ctx(&ctx, spec.issuer ? spec.issuer : cert.get(), cert.get(), nullptr, nullptr, 0);
  for (const auto& [nid, value] : spec.extensions) add_ext(cert.get(), &ctx, nid, value);

  check(X509_sign(cert.get(), spec.issuer_key, EVP_sha256()), "sign certificate");
  return cert;
}

bio_ptr open_for_write(const std::string& path) {
  return bio_ptr(check_ptr(BIO_new_file(path.c_str(), "w"), "open " + path));
}

void write_cert(const std::string& path, X509* cert) {
  bio_ptr bio = open_for_write(path);
  check(PEM_write_bio_X509(bio.get(), cert), "write " + path);
}

void write_key(const std::string& path, EVP_PKEY* key) {
  bio_ptr bio = open_for_write(path);
  check(PEM_write_bio_PrivateKey(bio.get(), key, nullptr, nullptr, 0, nullptr, nullptr),
        "write " + path);
}

std::string make_temp_dir() {
  std::string templ = "/tmp/rtk_test_ca_XXXXXX";
  if (::mkdtemp(templ.data()) == nullptr) {
    throw std::system_error(errno, std::generic_category(), "test_ca: mkdtemp");
  }
  return templ;
}

void validate_name(const std::string& name) {
  // The name becomes a file name inside dir(); refuse anything that escapes it or clobbers ca.pem.
  if (name.empty() || name == "ca" || name == "." || name == ".." ||
      name.find('/') != std::string::npos) {
    throw std::invalid_argument("test_ca::issue: bad certificate name '" + name + "'");
  }
}

std::string join_alt_names(const std::vector<std::string>& names) {
  std::string joined;
  for (const auto& n : names) {
    if (!joined.empty()) joined += ',';
    joined += n;
  }
  return joined;
}

}  // namespace

struct test_ca::impl {
  std::string dir;
  std::string ca_file;
  pkey_ptr key;
  x509_ptr cert;
};

test_ca::test_ca() : impl_(std::make_unique<impl>()) {
  impl_->dir = make_temp_dir();
  try {
    impl_->ca_file = impl_->dir + "/ca.pem";
    impl_->key = make_p256_key();
    cert_spec spec;
    spec.common_name = "rtk test CA";
    spec.subject_key = impl_->key.get();
    spec.issuer_key = impl_->key.get();
    // SKID must precede AKID: for a self-signed cert the AKID is copied from the cert's own SKID.
    spec.extensions = {{NID_basic_constraints, "critical,CA:TRUE"},
                       {NID_key_usage, "critical,keyCertSign,cRLSign"},
                       {NID_subject_key_identifier, "hash"},
                       {NID_authority_key_identifier, "keyid:always"}};
    impl_->cert = make_cert(spec);
    write_cert(impl_->ca_file, impl_->cert.get());
  } catch (...) {
    // The destructor will not run for a throwing constructor, so clean up the directory here.
    std::error_code ignored;
    std::filesystem::remove_all(impl_->dir, ignored);
    throw;
  }
}

test_ca::~test_ca() {
  std::error_code ignored;  // best effort: a destructor must not throw
  std::filesystem::remove_all(impl_->dir, ignored);
}

const std::string& test_ca::ca_file() const {
  return impl_->ca_file;
}

const std::string& test_ca::dir() const {
  return impl_->dir;
}

pem_files test_ca::issue(const std::string& name,
                         const std::vector<std::string>& subject_alt_names) {
  validate_name(name);
  pkey_ptr key = make_p256_key();
  cert_spec spec;
  spec.common_name = name;
  spec.subject_key = key.get();
  spec.issuer = impl_->cert.get();
  spec.issuer_key = impl_->key.get();
  spec.extensions = {{NID_basic_constraints, "critical,CA:FALSE"},
                     {NID_key_usage, "critical,digitalSignature"},
                     {NID_ext_key_usage, "serverAuth"},
                     {NID_subject_key_identifier, "hash"},
                     {NID_authority_key_identifier, "keyid:always"}};
  if (!subject_alt_names.empty()) {
    spec.extensions.emplace_back(NID_subject_alt_name, join_alt_names(subject_alt_names));
  }
  x509_ptr cert = make_cert(spec);

  pem_files files{impl_->dir + "/" + name + ".pem", impl_->dir + "/" + name + ".key"};
  write_cert(files.cert_file, cert.get());
  write_key(files.key_file, key.get());
  return files;
}

}  // namespace rtk_test
