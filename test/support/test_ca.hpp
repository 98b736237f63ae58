// A throw-away certificate authority for TLS tests.
//
// Everything is generated at test time with the OpenSSL 3 API, so no key material is ever checked
// into the repository and certificates can never expire between runs.
#pragma once

#include <memory>
#include <string>
#include <vector>

namespace rtk_test {

struct pem_files {
  std::string cert_file;  // PEM certificate
  std::string key_file;   // PEM (PKCS#8) private key
};

// Owns a fresh temporary directory holding a self-signed CA certificate (ca.pem) and every leaf
// certificate issued from it. The directory and its contents are removed on destruction.
// Not thread-safe: use one instance from one thread (typically the test body).
class test_ca {
 public:
  // Creates the directory (mkdtemp under /tmp) and the CA: EC P-256 key, SHA-256 signature,
  // basicConstraints CA:TRUE, keyUsage keyCertSign, valid from now-1h to now+1d.
  // Throws std::runtime_error on failure.
  test_ca();
  ~test_ca();

  test_ca(const test_ca&) = delete;
  test_ca& operator=(const test_ca&) = delete;

  // Path of the CA certificate (what a client passes as its trust anchor).
  const std::string& ca_file() const;
  // The temporary directory holding all files.
  const std::string& dir() const;

  // Issues a server leaf certificate signed by this CA, with the given subjectAltName entries in
  // OpenSSL config syntax ("IP:127.0.0.1", "DNS:localhost") and extendedKeyUsage serverAuth.
  // An empty list yields a certificate without subjectAltName (useful for hostname-mismatch
  // tests). Writes <dir>/<name>.pem and <dir>/<name>.key and returns their paths.
  // Throws std::invalid_argument for an unusable name ("", "ca", containing '/'), and
  // std::runtime_error on any OpenSSL or file failure.
  pem_files issue(const std::string& name, const std::vector<std::string>& subject_alt_names);

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace rtk_test
