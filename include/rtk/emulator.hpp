#pragma once
// rtk::emulator: a local RealtimeKit API. A real HTTP(S) server on 127.0.0.1 that keeps apps,
// meetings, participants, presets, webhooks, recordings, livestreams and sessions in memory and
// answers every endpoint as the reference documents, so code can be tried and tested without a
// Cloudflare account. Point a client at base_url() with any non-empty API token.
//
// What only a live call can create (sessions, their peers, chat, transcripts) and network
// faults are set up through the control endpoint, outside /client/v4 (see docs/emulator.md):
// over HTTP at <origin>/__emulator/..., or in-process with control().
//
// The server runs on its own thread, serving every connection from that one thread; every
// public member is thread-safe. Boost and OpenSSL stay out of this header.

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

namespace rtk {

class emulator {
 public:
  struct options {
    std::string host = "127.0.0.1";  // the address to listen on
    std::uint16_t port = 0;          // 0: any free port
    // The API token to accept as "Authorization: Bearer <token>" (and as X-Auth-Key). Empty:
    // any non-empty token is accepted.
    std::string token{};
    // Apps that exist from the start, with these ids (as "Create App" would make them).
    std::vector<std::string> app_ids{};
    // Both set: serve HTTPS with this PEM certificate (chain) and private key.
    std::string cert_file{};
    std::string key_file{};
  };

  struct control_reply {
    unsigned status = 0;
    std::string body;  // JSON
  };

  // Starts serving at once. Throws std::runtime_error if the address cannot be bound or the
  // certificate does not load.
  emulator();
  explicit emulator(options opts);
  ~emulator();  // stop()
  emulator(const emulator&) = delete;
  emulator& operator=(const emulator&) = delete;

  // "http://127.0.0.1:PORT/client/v4" (https with a certificate): a client's base_url.
  const std::string& base_url() const noexcept;
  std::uint16_t port() const noexcept;

  // Runs one control request in-process, exactly as `<method> /__emulator/<path>` with `body`
  // over HTTP would, and waits for its reply. Examples: control("POST", "sessions", "{...}").
  control_reply control(std::string_view method, std::string_view path, std::string_view body = {});

  // Requests answered so far on /client/v4 (control requests not counted).
  std::uint64_t requests_served() const;

  // Closes the listener and every connection, and joins the server thread. Idempotent.
  void stop();

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace rtk
