#pragma once
// Posts webhook deliveries (queued by state::notify, handed over by the service after it has
// answered) as RealtimeKit does: a signed JSON POST per delivery, retried with exponential
// backoff on a 5xx or a network failure, never on a 3xx or 4xx. Every attempt is logged for
// GET /__emulator/deliveries.
//
// Deliveries to one webhook go out one after the other, in the order the state changed (a
// delivery's retries included); different webhooks are served side by side. Everything runs
// as coroutines on the emulator's io_context: call every member on its thread.

#include "state.hpp"
#include "webhook_signer.hpp"

#include <boost/asio/io_context.hpp>

#include <chrono>
#include <memory>
#include <string_view>
#include <vector>

namespace rtk::emu {

struct delivery_settings {
  unsigned attempts = 4;                     // in all, the first one included
  std::chrono::milliseconds backoff{100};    // before the second attempt; doubles each time
  std::chrono::milliseconds timeout{5'000};  // one attempt: connect, TLS, request, answer
  bool any_host = false;                     // false: loopback hosts only
};

class webhook_sender {
 public:
  webhook_sender(boost::asio::io_context& ioc, const webhook_signer& signer,
                 delivery_settings settings);
  ~webhook_sender();
  webhook_sender(const webhook_sender&) = delete;
  webhook_sender& operator=(const webhook_sender&) = delete;

  // Queues the deliveries; they start once the caller returns to the io_context.
  void send(std::vector<outgoing_webhook> batch);
  // Queues the delivery with this rtk-uuid once more (same body, same uuid), as a sender does
  // when it missed the answer. False if no delivery has that id.
  bool redeliver(std::string_view id);

  // Every attempt so far, in the order they ended: {"id", "webhook_id", "event", "url",
  // "attempt", "status", "error", "outcome"}.
  json::array attempts() const;
  void clear_attempts();

  // Drops every queued delivery and cuts the ones under way (their sockets and backoff waits),
  // logging nothing more about them, and forgets every delivery (redeliver finds none); later
  // deliveries go out as usual.
  void cancel_pending();
  // cancel_pending(), and refuses every later delivery: the io_context then runs out of work.
  void close();

 private:
  struct impl;
  std::unique_ptr<impl> impl_;
};

}  // namespace rtk::emu
