#pragma once
// `rtk webhooks verify`: checks a delivery the way a receiver does
// (tools/rtk/webhooks_command.cpp).

namespace rtk_cli {

// argv[first] is the word after "webhooks". Returns the exit status.
int webhooks_command(int argc, char** argv, int first);

}  // namespace rtk_cli
