// Internal to the save readers: shared by session_save.cpp (version 2 and
// dispatch) and session_save_v1.cpp.
#pragma once

#include "game/base/diagnostic.hpp"
#include "game/deck/deck.hpp"
#include "game/session/session.hpp"

#include <string>
#include <string_view>
#include <variant>

namespace hearth {

// The version-1 reader.
std::variant<Session, Diagnostic> session_from_v1(const Deck& deck, std::string_view text,
                                                  std::string_view file);

} // namespace hearth
