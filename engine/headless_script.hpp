// The headless script: one step a line, parsed before anything runs so a
// mistake is reported as `script.txt:LINE: error: ...` and nothing half-runs.
//
//   key NAME        a key press, by SDL's key name (Space, PageDown, S), optionally
//                   held with Ctrl+, Shift+ or Alt+ (key Ctrl+Return)
//   type TEXT       text typed as if on a keyboard
//   click X Y       a mouse click at window pixel X, Y
//   wheel DY        a mouse wheel event, DY steps (negative: down, towards
//                   the user), at the script's clock (see `wait`)
//   wait SECONDS    advance the session clock without sleeping
//   sleep SECONDS   really pause, keeping the event loop running
//   await reload [SECONDS]  keep the event loop running until the deck has
//                   been reloaded (taken or refused), at most SECONDS (30)
//   shot NAME       write OUT/NAME.png
//   report shown    from then on, print `solo: shown BYTES` on stdout each
//                   time the length of the text on screen changes (for
//                   drivers that kill a run and check what reached the disk)
// Blank lines and lines starting with # are ignored. Pure: no SDL.
#pragma once

#include "game/base/diagnostic.hpp"

#include <functional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

namespace hearth {

struct ScriptStep {
    enum class Kind { Key, Type, Click, Wheel, Wait, Sleep, Shot, AwaitReload, ReportShown };
    Kind kind = Kind::Key;
    std::string text;                              // key name, typed text or shot name
    bool ctrl = false, shift = false, alt = false; // modifiers held with a key
    int x = 0, y = 0;                              // click; wheel: y is DY
    double seconds = 0;                            // wait, sleep; the limit of await
    int line = 0;
};

// Says whether a key name is known (SDL_GetKeyFromName in the engine).
using KeyNameCheck = std::function<bool(std::string_view)>;

// Parses a script; a mistake is the diagnostic `script.txt:3: error: ...`.
std::variant<std::vector<ScriptStep>, Diagnostic>
parse_script(std::string_view text, std::string_view file, const KeyNameCheck& key_known);

} // namespace hearth
