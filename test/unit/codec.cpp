// The JSON mapping: the reference's example decodes field for field, and decoding stays
// lenient (unknown fields, unknown enum values, drifted types); the fast path decodes what it
// takes exactly as the document path does; encoding refuses bad input.

#include "codec/json_codec.hpp"
#include "envelope.hpp"
#include "models/meetings.hpp"

#include <rtk/json.hpp>
#include <rtk/models/meetings.hpp>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/test/unit_test.hpp>

using namespace rtk;
namespace codec = rtk::detail::codec;
namespace json = boost::json;

namespace {

// "Fetch a meeting for an App", #### Response, from the API reference.
constexpr std::string_view reference_meeting =
    R"({"success":true,"data":{"id":"182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e","created_at":"2019-12-27T18:11:19.117Z","updated_at":"2019-12-27T18:11:19.117Z","ai_config":{"summarization":{"summary_type":"general","text_format":"plain_text","word_limit":150},"transcription":{"keywords":["string"],"language":"en-US","profanity_filter":true}},"live_stream_on_start":true,"persist_chat":true,"record_on_start":true,"recording_config":{"audio_config":{"channel":"mono","codec":"MP3","export_file":true},"file_name_prefix":"file_name_prefix","live_streaming_config":{"rtmp_url":"rtmp://a.rtmp.youtube.com/live2"},"max_seconds":60,"realtimekit_bucket_config":{"enabled":true},"storage_config":{"type":"aws","auth_method":"KEY","bucket":"bucket","host":"host","password":"password","path":"path","port":0,"private_key":"private_key","region":"us-east-1","secret":"secret","username":"username"},"video_config":{"codec":"H264","export_file":true,"height":720,"watermark":{"position":"left top","size":{"height":1,"width":1},"url":"https://example.com"},"width":1280}},"session_keep_alive_time_in_secs":60,"status":"ACTIVE","summarize_on_end":true,"title":"title"}})";

meeting decode_ok(std::string_view body) {
  meeting m;
  diagnostics d;
  auto ec = codec::decode_data(body, m, d);
  BOOST_TEST(!ec, ec.message() << " " << d.to_string());
  return m;
}

}  // namespace

namespace {

// A decoded result as JSON, extra members included, to compare two decodes of one body.
template <class T>
std::string as_json(const T& value) {
  codec::encoder enc(true);
  json::value v;
  enc.encode(value, v, "");
  return json::serialize(v);
}
template <class T>
std::string as_json(const page<T>& p) {
  return as_json(p.items) + (p.paging ? as_json(*p.paging) : std::string("no paging"));
}

// Decodes `body` both ways: through decode_data (the fast path when it takes the body) and
// through the document alone. Checks they agree, and returns whether the fast path took it.
template <class T>
bool both_paths_agree(std::string_view body) {
  T fast{}, document{};
  diagnostics fast_diag, document_diag;
  const auto fast_ec = codec::decode_data(body, fast, fast_diag);
  const auto document_ec = codec::decode_document(body, document, document_diag);
  BOOST_TEST(fast_ec == document_ec, body);
  BOOST_TEST(as_json(fast) == as_json(document), body);
  BOOST_TEST(fast_diag.missing_fields == document_diag.missing_fields,
             boost::test_tools::per_element());
  BOOST_TEST(fast_diag.client_message == document_diag.client_message);
  T probe{};
  std::vector<std::string> missing;
  return codec::decode_fast(body, probe, missing);
}

std::string with_data(std::string_view data) {
  return R"({"success":true,"data":)" + std::string(data) + "}";
}

std::string reference_data() {
  auto body = std::string(reference_meeting);
  const auto at = body.find(R"("data":)") + 7;
  return body.substr(at, body.size() - at - 1);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(fast_path)

BOOST_AUTO_TEST_CASE(takes_exact_bodies_and_decodes_them_as_the_document_path_does) {
  const std::string m = reference_data();
  BOOST_TEST(both_paths_agree<meeting>(reference_meeting));
  // Escapes in strings and keys, integral doubles, nulls, members in any order, envelope
  // members around `data` (skipped, nested or not).
  BOOST_TEST(both_paths_agree<meeting>(
      with_data(R"({"id":"a\"b\u00e9\n","created_at":"c","updated_at":"d","ti\u0074le":"x\/y"})")));
  BOOST_TEST(both_paths_agree<meeting>(with_data(
      R"({"updated_at":"d","session_keep_alive_time_in_secs":60.0,"title":null,"created_at":"c","id":"i","recording_config":null})")));
  BOOST_TEST(both_paths_agree<meeting>(
      R"({"errors":[],"messages":[{"a":[1,{"b":null}]}],"result":null,"data":)" + m +
      R"(,"success":true,"more":{"x":"\u0041"}})"));
  // Required members left out, reported in the document path's order.
  BOOST_TEST(both_paths_agree<meeting>(with_data(R"({"title":"t","created_at":"c"})")));
  BOOST_TEST(both_paths_agree<page<meeting>>(
      R"({"success":true,"data":[)" + m +
      R"(,{"id":"x"},{"created_at":"c"}],"paging":{"start_offset":1,"end_offset":3,"total_count":3}})"));
  BOOST_TEST(both_paths_agree<page<meeting>>(R"({"paging":null,"success":true,"data":[]})"));
  BOOST_TEST(both_paths_agree<page<participant>>(
      R"({"success":true,"data":[{"id":"p","preset_name":"x"}]})"));
}

// Found by fuzz_decode: a double out of an int64's range was converted before its range was
// checked (undefined). Both paths take it as a drifted type, and decode the rest.
BOOST_AUTO_TEST_CASE(a_double_beyond_an_int64_is_a_drifted_type_in_both_paths) {
  for (const char* n : {"1.11111e34", "-9.3e18", "1e400", "4.5"}) {
    const std::string body = with_data(
        R"({"id":"i","created_at":"c","updated_at":"d","session_keep_alive_time_in_secs":)" +
        std::string(n) + "}");
    BOOST_TEST(!both_paths_agree<meeting>(body), n);  // the fast path gives up
    meeting m;
    diagnostics d;
    BOOST_TEST(!codec::decode_data(body, m, d), n);
    BOOST_TEST(!m.session_keep_alive_time_in_secs.has_value(), n);
    BOOST_TEST(m.id == "i");
  }
}

BOOST_AUTO_TEST_CASE(gives_up_on_what_only_the_document_path_keeps) {
  const std::string m = reference_data();
  // Unknown members, drifted types, unknown top-level members inside data, duplicates.
  BOOST_TEST(!both_paths_agree<meeting>(with_data(R"({"id":"i","beta":{"x":[1,2]}})")));
  BOOST_TEST(!both_paths_agree<meeting>(with_data(R"({"id":"i","title":5})")));
  BOOST_TEST(!both_paths_agree<meeting>(with_data(R"({"id":"i","persist_chat":"yes"})")));
  BOOST_TEST(!both_paths_agree<meeting>(with_data(R"({"id":"i","id":"j"})")));
  BOOST_TEST(!both_paths_agree<meeting>(with_data(R"({"id":1.5})")));
  BOOST_TEST(!both_paths_agree<meeting>(
      with_data(R"({"id":"i","recording_config":{"max_seconds":"60"}})")));
  // Not the envelope, or not JSON.
  BOOST_TEST(!both_paths_agree<meeting>(with_data("null")));
  BOOST_TEST(!both_paths_agree<meeting>(R"({"success":true})"));
  BOOST_TEST(!both_paths_agree<meeting>(R"([1,2])"));
  BOOST_TEST(!both_paths_agree<meeting>(reference_meeting.substr(0, 100)));
  BOOST_TEST(!both_paths_agree<meeting>(std::string(reference_meeting) + " x"));
  BOOST_TEST(!both_paths_agree<meeting>(""));
  // A list whose data is an object, or whose paging drifted.
  BOOST_TEST(!both_paths_agree<page<meeting>>(with_data(R"({"meetings":[)" + m + "]}")));
  BOOST_TEST(!both_paths_agree<page<meeting>>(
      R"({"success":true,"data":[],"paging":{"total_count":"3"}})"));
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(decoding)

BOOST_AUTO_TEST_CASE(the_reference_example_meeting_decodes_field_for_field) {
  meeting m = decode_ok(reference_meeting);
  BOOST_TEST(m.id == "182bd5e5-6e1a-4fe4-a799-aa6d9a6ab26e");
  BOOST_TEST(m.created_at == "2019-12-27T18:11:19.117Z");
  BOOST_TEST(m.updated_at == "2019-12-27T18:11:19.117Z");
  BOOST_TEST(*m.live_stream_on_start);
  BOOST_TEST(*m.persist_chat);
  BOOST_TEST(*m.record_on_start);
  BOOST_TEST(*m.session_keep_alive_time_in_secs == 60);
  BOOST_TEST((*m.status == meeting_status::active));
  BOOST_TEST(*m.summarize_on_end);
  BOOST_TEST(*m.title == "title");
  const auto& ai = *m.ai_config;
  BOOST_TEST((*ai.summarization->summary_type == summary_type::general));
  BOOST_TEST((*ai.summarization->text_format == summary_text_format::plain_text));
  BOOST_TEST(*ai.summarization->word_limit == 150);
  BOOST_TEST(ai.transcription->keywords->size() == 1u);
  BOOST_TEST((*ai.transcription->language == transcription_language::en_us));
  BOOST_TEST(*ai.transcription->profanity_filter);
  const auto& rc = *m.recording_config;
  BOOST_TEST((*rc.audio_config->channel == audio_channel::mono));
  BOOST_TEST((*rc.audio_config->codec == audio_codec::mp3));
  BOOST_TEST(*rc.file_name_prefix == "file_name_prefix");
  BOOST_TEST(*rc.live_streaming_config->rtmp_url == "rtmp://a.rtmp.youtube.com/live2");
  BOOST_TEST(*rc.max_seconds == 60);
  BOOST_TEST(rc.realtimekit_bucket_config->enabled);
  BOOST_TEST((rc.storage_config->type == storage_type::aws));
  BOOST_TEST((*rc.storage_config->auth_method == storage_auth_method::key));
  BOOST_TEST(*rc.storage_config->port == 0);
  BOOST_TEST(*rc.storage_config->region == "us-east-1");
  BOOST_TEST((*rc.video_config->codec == video_codec::h264));
  BOOST_TEST(*rc.video_config->height == 720);
  BOOST_TEST((*rc.video_config->watermark->position == watermark_position::left_top));
  BOOST_TEST(*rc.video_config->watermark->size->width == 1);
  BOOST_TEST(*rc.video_config->width == 1280);
  BOOST_TEST(m.extra.empty());
}

BOOST_AUTO_TEST_CASE(unknown_fields_are_kept_in_extra) {
  meeting m = decode_ok(R"({"success":true,"data":{"id":"m1","brand_new":{"a":[1,2]}}})");
  BOOST_TEST(m.id == "m1");
  BOOST_TEST(json::parse(m.extra.json()) == json::parse(R"({"brand_new":{"a":[1,2]}})"));
  // The opt-in header gives the same as a Boost.JSON object.
  BOOST_TEST(rtk::to_json(m.extra).at("brand_new").at("a").as_array().size() == 2u);
  BOOST_TEST(rtk::to_json(extra_fields()).empty());
}

BOOST_AUTO_TEST_CASE(unknown_enum_values_are_kept_with_their_text) {
  meeting m = decode_ok(R"({"success":true,"data":{"id":"m1","status":"ARCHIVED"}})");
  BOOST_TEST((m.status->value() == meeting_status::unknown));
  BOOST_TEST(!m.status->is_known());
  BOOST_TEST(m.status->wire() == "ARCHIVED");
}

BOOST_AUTO_TEST_CASE(a_drifted_type_on_an_optional_field_goes_to_extra_not_to_an_error) {
  meeting m = decode_ok(R"({"success":true,"data":{"id":"m1","persist_chat":"yes","title":"t",)"
                        R"("recording_config":{"max_seconds":"60","file_name_prefix":"p"}}})");
  BOOST_TEST(!m.persist_chat.has_value());
  BOOST_TEST(*m.title == "t");
  BOOST_TEST(json::parse(m.extra.json()) == json::parse(R"({"persist_chat":"yes"})"));
  BOOST_TEST(!m.recording_config->max_seconds.has_value());
  BOOST_TEST(*m.recording_config->file_name_prefix == "p");
  BOOST_TEST(json::parse(m.recording_config->extra.json()) ==
             json::parse(R"({"max_seconds":"60"})"));
}

BOOST_AUTO_TEST_CASE(integral_doubles_and_nulls_are_accepted) {
  meeting m = decode_ok(
      R"({"success":true,"data":{"id":"m1","session_keep_alive_time_in_secs":60.0,"title":null}})");
  BOOST_TEST(*m.session_keep_alive_time_in_secs == 60);
  BOOST_TEST(!m.title.has_value());
  BOOST_TEST(m.extra.empty());
}

BOOST_AUTO_TEST_CASE(bodies_that_are_not_the_envelope_are_malformed) {
  for (std::string_view bad :
       {R"(<html>502</html>)", R"()", R"({"success":true})", R"({"success":true,"data":null})",
        R"({"success":true,"data":[1]})", R"({"success":true,"data":{"id":"x"})"}) {
    meeting m;
    diagnostics d;
    BOOST_TEST(codec::decode_data(bad, m, d) == errc::malformed_response, bad);
    BOOST_TEST(!d.client_message.empty());
  }
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(encoding)

BOOST_AUTO_TEST_CASE(absent_optionals_are_omitted_and_an_empty_request_is_an_empty_object) {
  codec::encode_error err;
  BOOST_TEST(*codec::encode_body(create_meeting_request{}, err) == "{}");
}

BOOST_AUTO_TEST_CASE(nested_fields_and_enums_use_their_wire_names) {
  const std::vector<std::string> keywords{"rtk"};
  const ai_config ai{.transcription = transcription_config{
                         .keywords = keywords, .language = transcription_language::en_in}};
  const recording_config recording{
      .video_config =
          video_config{.watermark = watermark{.position = watermark_position::right_bottom}}};
  create_meeting_request r{
      .ai_config = ai,
      .persist_chat = false,
      .recording_config = recording,
      .session_keep_alive_time_in_secs = 0,
      .title = "standup",
  };
  codec::encode_error err;
  auto body = codec::encode_body(r, err);
  BOOST_TEST(json::parse(*body) == json::parse(R"({
      "ai_config":{"transcription":{"keywords":["rtk"],"language":"en-IN"}},
      "persist_chat":false,
      "recording_config":{"video_config":{"watermark":{"position":"right bottom"}}},
      "session_keep_alive_time_in_secs":0,
      "title":"standup"})"));
}

BOOST_AUTO_TEST_CASE(extra_fields_are_added_and_typed_fields_win) {
  create_meeting_request r{.title = "typed", .extra = R"({"title":"extra","beta":true})"};
  codec::encode_error err;
  BOOST_TEST(json::parse(*codec::encode_body(r, err)) ==
             json::parse(R"({"title":"typed","beta":true})"));
}

BOOST_AUTO_TEST_CASE(strings_that_are_not_utf8_are_refused_naming_the_field) {
  const recording_config recording{.file_name_prefix = std::string("\xFF", 1)};
  create_meeting_request r{.recording_config = recording};
  codec::encode_error err;
  BOOST_TEST(!codec::encode_body(r, err).has_value());
  BOOST_TEST(err.field == "recording_config.file_name_prefix");
  BOOST_TEST(err.problem == "is not valid UTF-8");
}

BOOST_AUTO_TEST_CASE(malformed_extra_fields_are_refused) {
  create_meeting_request r{.extra = "[1,2]"};
  codec::encode_error err;
  BOOST_TEST(!codec::encode_body(r, err).has_value());
  BOOST_TEST(err.field == "extra");
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(error_envelopes)

BOOST_AUTO_TEST_CASE(realtimekit_envelope) {
  diagnostics d;
  detail::read_error_body(R"({"success":false,"error":{"code":404,"message":"Meeting not found"}})",
                          d);
  BOOST_TEST(*d.api_code == 404);
  BOOST_TEST(d.api_message == "Meeting not found");
  BOOST_TEST(d.body_excerpt.empty());
}

BOOST_AUTO_TEST_CASE(cloudflare_gateway_envelope) {
  diagnostics d;
  detail::read_error_body(
      R"({"success":false,"errors":[{"code":10000,"message":"Authentication error"}],"messages":[],"result":null})",
      d);
  BOOST_TEST(*d.api_code == 10000);
  BOOST_TEST(d.api_message == "Authentication error");
}

// Found while fuzzing error bodies: the excerpt of a long body is its first 256 bytes and
// "...", and it never ends inside a UTF-8 character.
BOOST_AUTO_TEST_CASE(a_long_excerpt_stops_before_the_character_the_limit_splits) {
  std::string body = "x";
  for (int i = 0; i < 200; ++i) body += "\xc3\xa9";  // é, two bytes each: byte 256 is inside one
  diagnostics d;
  detail::read_error_body(body, d);
  BOOST_TEST(d.body_excerpt.size() == 255u + 3u);
  BOOST_TEST(d.body_excerpt.substr(0, 255) == body.substr(0, 255));
  BOOST_TEST(d.body_excerpt.ends_with("\xc3\xa9..."));
}

BOOST_AUTO_TEST_CASE(non_json_bodies_keep_a_sanitized_excerpt) {
  diagnostics d;
  detail::read_error_body("<html>\r\n<h1>502 Bad Gateway</h1>\n</html>", d);
  BOOST_TEST(!d.api_code.has_value());
  BOOST_TEST(d.body_excerpt == "<html>  <h1>502 Bad Gateway</h1> </html>");
  diagnostics empty;
  detail::read_error_body("", empty);
  BOOST_TEST(empty.body_excerpt == "(empty body)");
  diagnostics longer;
  detail::read_error_body(std::string(1000, 'x'), longer);
  BOOST_TEST(longer.body_excerpt.size() == 259u);
}

BOOST_AUTO_TEST_CASE(statuses_map_to_their_class) {
  using detail::status_to_errc;
  BOOST_TEST((status_to_errc(400) == errc::bad_request));
  BOOST_TEST((status_to_errc(401) == errc::unauthorized));
  BOOST_TEST((status_to_errc(403) == errc::forbidden));
  BOOST_TEST((status_to_errc(404) == errc::not_found));
  BOOST_TEST((status_to_errc(409) == errc::conflict));
  BOOST_TEST((status_to_errc(422) == errc::unprocessable));
  BOOST_TEST((status_to_errc(429) == errc::rate_limited));
  BOOST_TEST((status_to_errc(500) == errc::server_error));
  BOOST_TEST((status_to_errc(503) == errc::server_error));
  BOOST_TEST((status_to_errc(408) == errc::http_error));
  BOOST_TEST((status_to_errc(413) == errc::http_error));
  BOOST_TEST((status_to_errc(302) == errc::http_error));
}

BOOST_AUTO_TEST_SUITE_END()
