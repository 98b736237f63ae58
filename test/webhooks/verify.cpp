// Known-answer tests of signature verification, with a key pair made at test time.

#include "support/signing_key.hpp"

#include <rtk/webhooks.hpp>

#include <boost/test/unit_test.hpp>

#include <openssl/ec.h>
#include <openssl/evp.h>
#include <openssl/pem.h>

#include <string>

namespace wh = rtk::webhooks;
using rtk_test::signing_key;

namespace {

// One key for the whole file: RSA generation takes a while.
const signing_key& key() {
  static const signing_key k;
  return k;
}

const std::string body =
    R"({"event":"meeting.started","meeting":{"id":"m-1","title":"Standup","status":"LIVE"}})";

// The PEM with each real line break written as the two characters '\' 'n', as in a JSON copy.
std::string with_literal_newlines(const std::string& pem) {
  std::string out;
  for (char c : pem) out += c == '\n' ? std::string("\\n") : std::string(1, c);
  return out;
}

}  // namespace

BOOST_AUTO_TEST_SUITE(verification)

BOOST_AUTO_TEST_CASE(a_signature_of_the_raw_body_verifies) {
  wh::verifier v(key().public_pem());
  BOOST_TEST(!v.verify(body, key().sign(body)));
}

BOOST_AUTO_TEST_CASE(a_tampered_body_does_not_verify) {
  wh::verifier v(key().public_pem());
  std::string tampered = body;
  tampered[tampered.find("Standup")] = 's';
  BOOST_TEST(v.verify(tampered, key().sign(body)) == wh::errc::signature_mismatch);
}

BOOST_AUTO_TEST_CASE(a_reserialized_body_does_not_verify) {
  // The same JSON value, spaced as a pretty printer would write it: only raw bytes verify.
  const std::string spaced = R"({"event": "meeting.started", "meeting": {"id": "m-1", )"
                             R"("title": "Standup", "status": "LIVE"}})";
  wh::verifier v(key().public_pem());
  BOOST_TEST(v.verify(spaced, key().sign(body)) == wh::errc::signature_mismatch);
}

BOOST_AUTO_TEST_CASE(another_keys_signature_does_not_verify) {
  signing_key other;
  wh::verifier v(key().public_pem());
  BOOST_TEST(v.verify(body, other.sign(body)) == wh::errc::signature_mismatch);
}

BOOST_AUTO_TEST_CASE(malformed_base64_is_reported_as_such) {
  wh::verifier v(key().public_pem());
  std::string sig = key().sign(body);
  BOOST_TEST(v.verify(body, "!!" + sig.substr(2)) == wh::errc::malformed_signature);
  BOOST_TEST(v.verify(body, sig.substr(0, 40)) == wh::errc::malformed_signature);  // too short
  std::string url_safe = sig;
  for (char& c : url_safe) c = c == '+' ? '-' : c == '/' ? '_' : c;
  if (url_safe != sig) BOOST_TEST(v.verify(body, url_safe) == wh::errc::malformed_signature);
}

BOOST_AUTO_TEST_CASE(an_empty_or_blank_signature_is_missing) {
  wh::verifier v(key().public_pem());
  BOOST_TEST(v.verify(body, "") == wh::errc::missing_signature);
  BOOST_TEST(v.verify(body, "  ") == wh::errc::missing_signature);
}

BOOST_AUTO_TEST_CASE(surrounding_blanks_and_missing_padding_are_tolerated) {
  wh::verifier v(key().public_pem());
  std::string sig = key().sign(body);
  BOOST_TEST(!v.verify(body, " " + sig + " "));
  while (sig.back() == '=') sig.pop_back();
  BOOST_TEST(!v.verify(body, sig));
}

BOOST_AUTO_TEST_CASE(pem_with_literal_newlines_or_none_loads) {
  const std::string pem = key().public_pem();
  const std::string sig = key().sign(body);
  BOOST_TEST(!wh::verifier(with_literal_newlines(pem)).verify(body, sig));
  std::string flat;
  for (char c : pem)
    if (c != '\n') flat += c;
  BOOST_TEST(!wh::verifier(flat).verify(body, sig));
}

BOOST_AUTO_TEST_CASE(the_well_known_document_gives_the_key) {
  const std::string doc = R"({"success": true, "data": {"publicKey": ")" +
                          with_literal_newlines(key().public_pem()) + R"("}, "message": ""})";
  rtk::error_code ec;
  wh::verifier v = wh::verifier::from_well_known(doc, ec);
  BOOST_TEST(!ec);
  BOOST_TEST(!v.verify(body, key().sign(body)));

  wh::verifier none = wh::verifier::from_well_known(R"({"success":true,"data":{}})", ec);
  BOOST_TEST(ec == wh::errc::invalid_public_key);
  BOOST_TEST(none.verify(body, key().sign(body)) == wh::errc::invalid_public_key);
  wh::verifier::from_well_known("not json", ec);
  BOOST_TEST(ec == wh::errc::invalid_public_key);
}

BOOST_AUTO_TEST_CASE(a_pem_without_an_rsa_key_is_refused) {
  BOOST_CHECK_EXCEPTION(wh::verifier("no key here"), rtk::error, [](const rtk::error& e) {
    return e.code() == wh::errc::invalid_public_key;
  });
  // An EC key is a public key, but not the kind RealtimeKit signs with.
  EVP_PKEY* ec_key = EVP_EC_gen("P-256");
  BIO* bio = BIO_new(BIO_s_mem());
  PEM_write_bio_PUBKEY(bio, ec_key);
  char* data = nullptr;
  const long size = BIO_get_mem_data(bio, &data);
  const std::string pem(data, static_cast<std::size_t>(size));
  BIO_free(bio);
  EVP_PKEY_free(ec_key);
  rtk::error_code ec;
  wh::verifier v(pem, ec);
  BOOST_TEST(ec == wh::errc::invalid_public_key);
}

BOOST_AUTO_TEST_CASE(error_texts_hold_neither_the_body_nor_the_key_text) {
  // What the failures a caller can catch say: never the input they were given.
  std::string what;
  try {
    wh::parse(R"({"streamKey":"sk-SECRET-123","meeting":{}})");
  } catch (const rtk::error& e) {
    what = e.what();
    BOOST_TEST(e.code() == wh::errc::body_not_json);
  }
  BOOST_TEST(!what.empty());
  BOOST_TEST(what.find("sk-SECRET") == std::string::npos);
  try {
    wh::verifier("-----BEGIN PUBLIC KEY-----SECRETISH-----END PUBLIC KEY-----");
  } catch (const rtk::error& e) {
    what = e.what();
  }
  BOOST_TEST(what.find("SECRETISH") == std::string::npos);
  BOOST_TEST(what.find("RSA public key") != std::string::npos);
  for (auto e :
       {wh::errc::missing_signature, wh::errc::malformed_signature, wh::errc::signature_mismatch,
        wh::errc::body_not_json, wh::errc::invalid_public_key, wh::errc::key_unavailable})
    BOOST_TEST(std::string(make_error_code(e).category().name()) == "rtk.webhooks");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(duplicates)

BOOST_AUTO_TEST_CASE(a_uuid_is_first_once) {
  wh::duplicate_filter seen(3);
  BOOST_TEST(seen.first_delivery("a"));
  BOOST_TEST(!seen.first_delivery("a"));
  BOOST_TEST(seen.first_delivery("b"));
  BOOST_TEST(seen.first_delivery(""));  // no id: nothing to compare
  BOOST_TEST(seen.first_delivery(""));
  BOOST_TEST(seen.size() == 2u);
}

BOOST_AUTO_TEST_CASE(the_oldest_is_forgotten_past_capacity) {
  wh::duplicate_filter seen(2);
  BOOST_TEST(seen.first_delivery("a"));
  BOOST_TEST(seen.first_delivery("b"));
  BOOST_TEST(seen.first_delivery("c"));  // forgets "a"
  BOOST_TEST(seen.size() == 2u);
  BOOST_TEST(!seen.first_delivery("b"));
  BOOST_TEST(!seen.first_delivery("c"));
  BOOST_TEST(seen.first_delivery("a"));
}

BOOST_AUTO_TEST_SUITE_END()
