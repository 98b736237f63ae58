// The meetings operations by name, for rtk::call_operation.

#include "context.hpp"

#include <rtk/resources/meetings.hpp>

namespace rtk::detail::ops {
namespace {

const entry table[] = {
    {{"meetings.list", "GET", "/accounts/{account_id}/realtime/kit/{app_id}/meetings",
      "meetings.get", true},
     [](context& c) {
       return c.run<page<meeting>>([&c](auto&&... tail) {
         return c.api.meetings().async_list(c.path("app_id"), c.take<list_meetings_query>(),
                                            std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"meetings.create", "POST", "/accounts/{account_id}/realtime/kit/{app_id}/meetings",
      "meetings.create", false},
     [](context& c) {
       return c.run<meeting>([&c](auto&&... tail) {
         return c.api.meetings().async_create(c.path("app_id"), c.take<create_meeting_request>(),
                                              std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"meetings.get", "GET", "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}",
      "meetings.getMeetingByID", false},
     [](context& c) {
       return c.run<meeting>([&c](auto&&... tail) {
         return c.api.meetings().async_get(c.path("app_id"), c.path("meeting_id"),
                                           c.take<get_meeting_query>(),
                                           std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"meetings.update", "PATCH",
      "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}",
      "meetings.updateMeetingByID", false},
     [](context& c) {
       return c.run<meeting>([&c](auto&&... tail) {
         return c.api.meetings().async_update(c.path("app_id"), c.path("meeting_id"),
                                              c.take<update_meeting_request>(),
                                              std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"meetings.replace", "PUT",
      "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}",
      "meetings.replaceMeetingByID", false},
     [](context& c) {
       return c.run<meeting>([&c](auto&&... tail) {
         return c.api.meetings().async_replace(c.path("app_id"), c.path("meeting_id"),
                                               c.take<replace_meeting_request>(),
                                               std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"meetings.list_participants", "GET",
      "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/participants",
      "meetings.getMeetingParticipants", true},
     [](context& c) {
       return c.run<page<participant>>([&c](auto&&... tail) {
         return c.api.meetings().async_list_participants(c.path("app_id"), c.path("meeting_id"),
                                                         c.take<list_meeting_participants_query>(),
                                                         std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"meetings.add_participant", "POST",
      "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/participants",
      "meetings.addParticipant", false},
     [](context& c) {
       return c.run<participant>([&c](auto&&... tail) {
         return c.api.meetings().async_add_participant(c.path("app_id"), c.path("meeting_id"),
                                                       c.take<add_participant_request>(),
                                                       std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"meetings.get_participant", "GET",
      "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/participants/"
      "{participant_id}",
      "meetings.getMeetingParticipant", false},
     [](context& c) {
       return c.run<participant>([&c](auto&&... tail) {
         return c.api.meetings().async_get_participant(c.path("app_id"), c.path("meeting_id"),
                                                       c.path("participant_id"),
                                                       std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"meetings.update_participant", "PATCH",
      "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/participants/"
      "{participant_id}",
      "meetings.editParticipant", false},
     [](context& c) {
       return c.run<participant>([&c](auto&&... tail) {
         return c.api.meetings().async_update_participant(
             c.path("app_id"), c.path("meeting_id"), c.path("participant_id"),
             c.take<update_participant_request>(), std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"meetings.delete_participant", "DELETE",
      "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/participants/"
      "{participant_id}",
      "meetings.deleteMeetingParticipant", false},
     [](context& c) {
       return c.run<deleted_participant>([&c](auto&&... tail) {
         return c.api.meetings().async_delete_participant(c.path("app_id"), c.path("meeting_id"),
                                                          c.path("participant_id"),
                                                          std::forward<decltype(tail)>(tail)...);
       });
     }},
    {{"meetings.refresh_participant_token", "POST",
      "/accounts/{account_id}/realtime/kit/{app_id}/meetings/{meeting_id}/participants/"
      "{participant_id}/token",
      "meetings.refreshParticipantToken", false},
     [](context& c) {
       return c.run<participant_token>([&c](auto&&... tail) {
         return c.api.meetings().async_refresh_participant_token(
             c.path("app_id"), c.path("meeting_id"), c.path("participant_id"),
             std::forward<decltype(tail)>(tail)...);
       });
     }},
};

}  // namespace

std::span<const entry> meetings_table() {
  return table;
}

}  // namespace rtk::detail::ops
