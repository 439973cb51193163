// A blank card written on a phone: the title and text it sent, checked with
// the limits the TV's W form has (the session's own, game/session/detail) before the table
// sees them. Pure; the room (phone_room.cpp) calls it for a "write" message.
#pragma once

#include "engine/words/phone_words.hpp"

#include <optional>
#include <string>

namespace hearth {

// Makes line ends "\n" (a phone's textarea may send "\r\n"), then checks:
// a title that is not only spaces, within the lengths, and no control
// character (the text may hold line breaks and tabs). The refusal, if any.
std::optional<PhoneRefusal> check_written_card(std::string& title, std::string& text);

} // namespace hearth
