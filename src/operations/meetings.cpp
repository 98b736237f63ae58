// The meetings operations by name, for rtk::call_operation.

#include "context.hpp"

#include <rtk/resources/meetings.hpp>

namespace rtk::detail::ops {
namespace {

const entry table[] = {
    {&ops::meetings_list,
     [](context& c) {
       return c.run<page<meeting>>([&c](auto&&... tail) {
         return c.api.meetings().async_list(c.path("app_id"), c.take<list_meetings_query>(),
                                            std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::meetings_create,
     [](context& c) {
       return c.run<meeting>([&c](auto&&... tail) {
         return c.api.meetings().async_create(c.path("app_id"), c.take<create_meeting_request>(),
                                              std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::meetings_get,
     [](context& c) {
       return c.run<meeting>([&c](auto&&... tail) {
         return c.api.meetings().async_get(c.path("app_id"), c.path("meeting_id"),
                                           c.take<get_meeting_query>(),
                                           std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::meetings_update,
     [](context& c) {
       return c.run<meeting>([&c](auto&&... tail) {
         return c.api.meetings().async_update(c.path("app_id"), c.path("meeting_id"),
                                              c.take<update_meeting_request>(),
                                              std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::meetings_replace,
     [](context& c) {
       return c.run<meeting>([&c](auto&&... tail) {
         return c.api.meetings().async_replace(c.path("app_id"), c.path("meeting_id"),
                                               c.take<replace_meeting_request>(),
                                               std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::meetings_list_participants,
     [](context& c) {
       return c.run<page<participant>>([&c](auto&&... tail) {
         return c.api.meetings().async_list_participants(c.path("app_id"), c.path("meeting_id"),
                                                         c.take<list_meeting_participants_query>(),
                                                         std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::meetings_add_participant,
     [](context& c) {
       return c.run<participant>([&c](auto&&... tail) {
         return c.api.meetings().async_add_participant(c.path("app_id"), c.path("meeting_id"),
                                                       c.take<add_participant_request>(),
                                                       std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::meetings_get_participant,
     [](context& c) {
       return c.run<participant>([&c](auto&&... tail) {
         return c.api.meetings().async_get_participant(c.path("app_id"), c.path("meeting_id"),
                                                       c.path("participant_id"),
                                                       std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::meetings_update_participant,
     [](context& c) {
       return c.run<participant>([&c](auto&&... tail) {
         return c.api.meetings().async_update_participant(
             c.path("app_id"), c.path("meeting_id"), c.path("participant_id"),
             c.take<update_participant_request>(), std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::meetings_delete_participant,
     [](context& c) {
       return c.run<deleted_participant>([&c](auto&&... tail) {
         return c.api.meetings().async_delete_participant(c.path("app_id"), c.path("meeting_id"),
                                                          c.path("participant_id"),
                                                          std::forward<decltype(tail)>(tail)...);
       });
     }},
    {&ops::meetings_refresh_participant_token,
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
