// The words for the sound and the preferences file: what the mute key says,
// and what the screen says about a preferences file with problems.
#pragma once

#include <string>

namespace hearth {

// What the mute key did: "Sound off", "Sound on".
std::string sound_said(bool on);
// The title over the problems of the preferences file.
std::string preferences_problems_title();
// What Hearth does about them; `parsed` says whether the file is TOML at
// all, `leave` names the key that hides the list.
std::string preferences_problems_hint(bool parsed, const std::string& leave);
// A change that could not be written to the file.
std::string preferences_not_saved(const std::string& why);

} // namespace hearth
