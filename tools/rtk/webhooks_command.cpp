// rtk webhooks verify (--public-key PEM_FILE | --public-key-url URL) --signature BASE64
//                     [BODY_FILE|-]
//
// Reads the raw body (a file, or stdin for "-" or nothing), verifies the signature over exactly
// those bytes, and prints the event as one JSON line. Exit status: 0 verified, 2 a missing or
// bad option or an unreadable file, 4 the key could not be fetched, 5 the signature does not
// verify, 6 verified but not a webhook event. Never prints the body or the signature on failure.

#include "webhooks_command.hpp"

#include <rtk/webhooks.hpp>

#include <boost/asio/io_context.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>

#include <filesystem>
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <sstream>
#include <string>

namespace rtk_cli {
namespace {

namespace wh = rtk::webhooks;

constexpr const char* usage =
    "usage: rtk webhooks verify (--public-key PEM_FILE | --public-key-url URL) "
    "--signature BASE64 [BODY_FILE|-]\n";

enum exit_code { verified = 0, bad_input = 2, no_key = 4, not_verified = 5, not_an_event = 6 };

struct request {
  std::optional<std::string> key_file;
  std::optional<std::string> key_url;
  std::optional<std::string> signature;
  std::string body_file = "-";
};

int refuse(const std::string& why) {
  std::cerr << "rtk: webhooks verify: " << why << "\n" << usage;
  return bad_input;
}

std::optional<std::string> read_all(const std::string& path) {
  if (path == "-") {
    std::string text(std::istreambuf_iterator<char>(std::cin), {});
    if (std::cin.bad()) return std::nullopt;
    return text;
  }
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return std::nullopt;  // a directory reads as ""
  std::ifstream in(path, std::ios::binary);
  if (!in) return std::nullopt;
  std::ostringstream text;
  text << in.rdbuf();
  if (in.bad()) return std::nullopt;
  return std::move(text).str();
}

// Verifies with the key from the well-known URL: fetched once, on an io_context of its own.
rtk::error_code verify_with_url(const std::string& url, const std::string& body,
                                const std::string& signature) {
  boost::asio::io_context ioc;
  wh::remote_verifier::options opts;
  opts.url = url;
  wh::remote_verifier v(ioc.get_executor(), opts);
  rtk::error_code result = make_error_code(wh::errc::key_unavailable);  // if it never completes
  v.async_verify(body, signature, [&](rtk::error_code ec) { result = ec; });
  ioc.run();
  return result;
}

}  // namespace

int webhooks_command(int argc, char** argv, int first) {
  if (first >= argc || std::string(argv[first]) != "verify") return refuse("unknown subcommand");
  request r;
  bool body_given = false;
  for (int i = first + 1; i < argc; ++i) {
    const std::string a = argv[i];
    auto value = [&]() -> std::optional<std::string> {
      if (i + 1 >= argc) return std::nullopt;
      return std::string(argv[++i]);
    };
    if (a == "--public-key" || a == "--public-key-url" || a == "--signature") {
      auto v = value();
      if (!v) return refuse(a + " needs a value");
      (a == "--public-key" ? r.key_file : a == "--signature" ? r.signature : r.key_url) = *v;
    } else if (a.size() > 1 && a[0] == '-' && a != "-") {
      return refuse("unknown option " + a);
    } else if (!body_given) {
      r.body_file = a;
      body_given = true;
    } else {
      return refuse("one body file at most");
    }
  }
  if (r.key_file.has_value() == r.key_url.has_value())
    return refuse("give one of --public-key and --public-key-url");
  if (!r.signature) return refuse("--signature is missing");
  const auto body = read_all(r.body_file);
  if (!body) return refuse("cannot read " + r.body_file);

  rtk::error_code ec;
  try {
    if (r.key_file) {
      const auto pem = read_all(*r.key_file);
      if (!pem) return refuse("cannot read " + *r.key_file);
      wh::verifier v(*pem, ec);
      if (ec) return refuse(*r.key_file + " holds no RSA public key");
      ec = v.verify(*body, *r.signature);
    } else {
      ec = verify_with_url(*r.key_url, *body, *r.signature);
    }
  } catch (const rtk::error& e) {  // a URL or TLS setting that cannot be used
    return refuse(e.what());
  }
  if (ec == wh::errc::key_unavailable) {
    std::cerr << "rtk: webhooks verify: " << ec.message() << " from " << *r.key_url << "\n";
    return no_key;
  }
  if (ec) {
    std::cerr << "rtk: webhooks verify: " << ec.message() << "\n";
    return not_verified;
  }
  wh::parse(*body, ec);
  if (ec) {
    std::cerr << "rtk: webhooks verify: the signature verifies, but " << ec.message() << "\n";
    return not_an_event;
  }
  std::cout << boost::json::serialize(boost::json::parse(*body)) << "\n";
  return verified;
}

}  // namespace rtk_cli
