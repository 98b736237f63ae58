// Recording settings, as meetings and recordings both take them.

#include "recording_config.hpp"

namespace rtk::emu {

void check_audio(const body_reader& b) {
  b.one_of("channel", {"mono", "stereo"});
  b.one_of("codec", {"MP3", "AAC"});
  b.boolean("export_file");
}

void check_video(const body_reader& b) {
  // The reference lists H264 and VP8; the official SDK also sends VP9 (and the reference's
  // audio_config text speaks of VP8/VP9), so VP9 is accepted too.
  b.one_of("codec", {"H264", "VP8", "VP9"});
  b.boolean("export_file");
  non_negative(b, "height");
  non_negative(b, "width");
  if (const auto* w = b.object("watermark")) check_nested("watermark", *w, check_watermark);
}

void check_watermark(const body_reader& b) {
  b.one_of("position", {"left top", "right top", "left bottom", "right bottom"});
  if (const auto* size = b.object("size"))
    check_nested("size", *size, [](const body_reader& s) {
      non_negative(s, "height");
      non_negative(s, "width");
    });
  b.string("url");
}

void check_storage(const body_reader& b) {
  if (!b.has("type")) unprocessable("type is required");
  b.one_of("type", {"aws", "azure", "digitalocean", "gcs", "sftp"});
  b.one_of("auth_method", {"KEY", "PASSWORD"});
  for (auto key : {"access_key", "bucket", "host", "password", "path", "private_key", "region",
                   "secret", "username"})
    b.string(key);
  non_negative(b, "port");
}

void check_max_seconds(const body_reader& b) {
  auto max = b.integer("max_seconds");
  if (max && (*max < 60 || *max > 86'400)) unprocessable("max_seconds must be from 60 to 86400");
}

void check_bucket(const body_reader& b) {
  if (!b.boolean("enabled")) unprocessable("enabled is required");
}

}  // namespace rtk::emu
