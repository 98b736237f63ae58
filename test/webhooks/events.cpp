// Parsing the nine events, as documented and as they drift.

#include <rtk/webhooks.hpp>

#include <boost/test/unit_test.hpp>

#include <string>

namespace wh = rtk::webhooks;
using namespace std::chrono;

namespace {

const std::string meeting_json =
    R"({"id":"m-1","sessionId":"s-1","title":"Standup","roomName":"r-1","status":"LIVE",)"
    R"("createdAt":"2026-06-10T10:00:00.000Z","startedAt":"2026-06-10T10:30:00.000Z",)"
    R"("endedAt":null,"organizedBy":{"id":"o-1","name":"Ada"}})";

template <class T>
T parse_as(const std::string& body) {
  wh::event e = wh::parse(body);
  BOOST_REQUIRE(std::holds_alternative<T>(e));
  return std::get<T>(e);
}

}  // namespace

BOOST_AUTO_TEST_SUITE(events)

BOOST_AUTO_TEST_CASE(meeting_started_and_ended) {
  auto started = parse_as<wh::meeting_started>(R"({"event":"meeting.started","meeting":)" +
                                               meeting_json + "}");
  BOOST_TEST(started.event == "meeting.started");
  BOOST_REQUIRE(started.meeting);
  BOOST_TEST(*started.meeting->id == "m-1");
  BOOST_TEST(*started.meeting->sessionId == "s-1");
  BOOST_TEST(*started.meeting->organizedBy->name == "Ada");
  BOOST_TEST(!started.meeting->endedAt);  // null: absent, not ""
  BOOST_TEST(started.extra.empty());

  auto ended = parse_as<wh::meeting_ended>(R"({"event":"meeting.ended","meeting":)" + meeting_json +
                                           R"(,"reason":"HOST_ENDED_MEETING"})");
  BOOST_TEST(*ended.reason == "HOST_ENDED_MEETING");
}

BOOST_AUTO_TEST_CASE(participants_joining_and_leaving) {
  const std::string participant =
      R"({"peerId":"p-1","userDisplayName":"Ada","customParticipantId":"ada@example.com",)"
      R"("clientSpecificId":"c-1","joinedAt":"2022-12-13 07:08:39.051621Z","leftAt":null})";
  auto joined =
      parse_as<wh::participant_joined>(R"({"event":"meeting.participantJoined",)"
                                       R"("meeting":)" +
                                       meeting_json + R"(,"participant":)" + participant + "}");
  BOOST_TEST(*joined.participant->peerId == "p-1");
  BOOST_TEST(*joined.participant->customParticipantId == "ada@example.com");
  BOOST_TEST(!joined.participant->leftAt);
  auto left =
      parse_as<wh::participant_left>(R"({"event":"meeting.participantLeft","meeting":)" +
                                     meeting_json + R"(,"participant":)" + participant + "}");
  BOOST_TEST(*left.participant->userDisplayName == "Ada");
}

BOOST_AUTO_TEST_CASE(chat_synced_is_flat) {
  auto chat = parse_as<wh::chat_synced>(
      R"({"event":"meeting.chatSynced","sessionId":"s-1","meetingId":"m-1","title":"Standup",)"
      R"("chatDownloadUrl":"https://example.com/chat.csv",)"
      R"("chatDownloadUrlExpiry":"2026-06-11T10:30:00.000Z","createdAt":"2026-06-10T10:00:00.000Z",)"
      R"("startedAt":"2026-06-10T10:30:00.000Z","endedAt":"2026-06-10T11:00:00.000Z",)"
      R"("organizedBy":{"id":"o-1","name":"Ada"}})");
  BOOST_TEST(*chat.meetingId == "m-1");
  BOOST_TEST(*chat.chatDownloadUrl == "https://example.com/chat.csv");
  BOOST_TEST(*chat.organizedBy->id == "o-1");
}

BOOST_AUTO_TEST_CASE(recording_status_with_file_size_as_number_or_string) {
  const std::string head = R"({"event":"recording.statusUpdate","meeting":)" + meeting_json +
                           R"(,"recording":{"id":"r-1","recordingId":"r-1","status":"UPLOADED",)"
                           R"("downloadUrl":"https://example.com/r.mp4","outputFileName":"r.mp4",)"
                           R"("recordingDuration":42,"roomUUID":"room-1","fileSize":)";
  auto as_number = parse_as<wh::recording_status_update>(head + "1048576}}");
  BOOST_TEST(*as_number.recording->status == "UPLOADED");
  BOOST_TEST(*wh::file_size_bytes(*as_number.recording) == 1048576);
  BOOST_TEST(*as_number.recording->recordingDuration == 42.0);
  BOOST_TEST(*as_number.recording->roomUUID == "room-1");
  auto as_string = parse_as<wh::recording_status_update>(head + R"("1048576"}})");
  BOOST_TEST(*wh::file_size_bytes(*as_string.recording) == 1048576);
  BOOST_TEST(std::get<std::string>(*as_string.recording->fileSize) == "1048576");  // as sent
  auto not_a_number = parse_as<wh::recording_status_update>(head + R"("big"}})");
  BOOST_TEST(!wh::file_size_bytes(*not_a_number.recording));
}

BOOST_AUTO_TEST_CASE(livestreaming_status) {
  auto live = parse_as<wh::livestreaming_status_update>(
      R"({"event":"livestreaming.statusUpdate","streamId":"ls-1","status":"LIVE",)"
      R"("manualIngest":false,"playbackUrl":"https://example.com/p.m3u8",)"
      R"("ingestServer":"rtmps://example.com/live","streamKey":"sk-1","meeting":)" +
      meeting_json + "}");
  BOOST_TEST(*live.status == "LIVE");
  BOOST_TEST(*live.manualIngest == false);
  BOOST_TEST(*live.streamKey == "sk-1");
  BOOST_TEST(*live.meeting->id == "m-1");
}

BOOST_AUTO_TEST_CASE(transcript_and_summary) {
  auto transcript = parse_as<wh::transcript_ready>(
      R"({"event":"meeting.transcript","meeting":)" + meeting_json +
      R"(,"transcriptDownloadUrl":"https://example.com/t.csv",)"
      R"("transcriptDownloadUrlExpiry":"2026-06-11T10:30:00.000Z"})");
  BOOST_TEST(*transcript.transcriptDownloadUrl == "https://example.com/t.csv");
  auto summary = parse_as<wh::summary_ready>(
      R"({"event":"meeting.summary","meeting":)" + meeting_json +
      R"(,"summaryDownloadUrl":"https://example.com/s.txt","summaryDownloadUrlExpiry":"x"})");
  BOOST_TEST(*summary.summaryDownloadUrl == "https://example.com/s.txt");
  BOOST_TEST(wh::event_name(wh::parse(R"({"event":"meeting.summary"})")) == "meeting.summary");
}

BOOST_AUTO_TEST_CASE(missing_members_stay_absent) {
  auto bare = parse_as<wh::participant_joined>(R"({"event":"meeting.participantJoined"})");
  BOOST_TEST(!bare.meeting);
  BOOST_TEST(!bare.participant);
  auto partial = parse_as<wh::meeting_started>(R"({"event":"meeting.started","meeting":{}})");
  BOOST_REQUIRE(partial.meeting);
  BOOST_TEST(!partial.meeting->id);
  BOOST_TEST(!partial.meeting->title);
}

BOOST_AUTO_TEST_CASE(drifted_and_unknown_members_are_kept_in_extra) {
  auto e = parse_as<wh::meeting_started>(
      R"({"event":"meeting.started","meeting":{"id":7,"title":"T","newField":[1]},"v":2})");
  BOOST_TEST(!e.meeting->id);  // a number where a string was documented
  BOOST_TEST(*e.meeting->title == "T");
  BOOST_TEST(e.meeting->extra.json() == R"({"id":7,"newField":[1]})");
  BOOST_TEST(e.extra.json() == R"({"v":2})");
}

BOOST_AUTO_TEST_CASE(an_unknown_event_keeps_its_name_and_body) {
  const std::string body = R"({"event":"meeting.pollCreated","poll":{"id":"p-1"}})";
  auto e = parse_as<wh::unknown_event>(body);
  BOOST_TEST(e.event == "meeting.pollCreated");
  BOOST_TEST(e.json == body);
  BOOST_TEST(wh::event_name(wh::event(e)) == "meeting.pollCreated");
}

BOOST_AUTO_TEST_CASE(a_body_that_is_not_an_event_is_refused) {
  for (const std::string body : {"", "not json", "[1,2]", R"({"meeting":{}})", R"({"event":3})",
                                 R"({"event":"meeting.started")"}) {
    rtk::error_code ec;
    wh::parse(body, ec);
    BOOST_TEST(ec == wh::errc::body_not_json, body);
  }
  BOOST_CHECK_EXCEPTION(wh::parse("{}"), rtk::error,
                        [](const rtk::error& e) { return e.code() == wh::errc::body_not_json; });
}

BOOST_AUTO_TEST_SUITE_END()

BOOST_AUTO_TEST_SUITE(timestamps)

BOOST_AUTO_TEST_CASE(both_documented_forms_read) {
  const auto expected = sys_days(2026y / June / 10) + 10h + 30min + 0s + 123ms;
  BOOST_TEST((wh::parse_timestamp("2026-06-10T10:30:00.123Z") == expected));
  BOOST_TEST((wh::parse_timestamp("2026-06-10 10:30:00.123456Z") == expected));
  BOOST_TEST((wh::parse_timestamp("2026-06-10T10:30:00Z") == expected - 123ms));
  BOOST_TEST((wh::parse_timestamp("2026-06-10T12:30:00.123+02:00") == expected));
  BOOST_TEST((wh::parse_timestamp("2026-06-10T10:30:00.1Z") == expected - 23ms));
}

BOOST_AUTO_TEST_CASE(anything_else_is_empty) {
  for (const char* text :
       {"", "2026-06-10", "2026-06-10T10:30:00", "2026-13-10T10:30:00Z", "2026-02-30T10:30:00Z",
        "2026-06-10T10:30:00.Z", "2026-06-10T10:30Z", "2026-06-10T10:30:00Zjunk", "yesterday"})
    BOOST_TEST(!wh::parse_timestamp(text), text);
}

BOOST_AUTO_TEST_SUITE_END()
