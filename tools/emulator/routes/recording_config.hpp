#pragma once
// Checks of the recording settings that a meeting's recording_config and a recording start
// share: audio, video (with its watermark) and storage. Each fails with 422 naming the field.

#include "../exchange.hpp"

namespace rtk::emu {

void check_audio(const body_reader& b);
void check_video(const body_reader& b);
void check_watermark(const body_reader& b);
void check_storage(const body_reader& b);
// max_seconds: "ranging from a minimum of 60 seconds to a maximum of 24 hours".
void check_max_seconds(const body_reader& b);
// realtimekit_bucket_config: `enabled` is required.
void check_bucket(const body_reader& b);

}  // namespace rtk::emu
