#include "engine/words/preference_words.hpp"

namespace hearth {

std::string sound_said(bool on) {
    return on ? "Sound on" : "Sound off";
}

std::string preferences_problems_title() {
    return "Your preferences file has problems";
}

std::string preferences_problems_hint(bool parsed, const std::string& leave) {
    if (!parsed)
        return "The file is left as it is; settings changed now last until Hearth quits. " + leave +
               " hides this.";
    return "The file is left as it is; a value shown here is replaced only when you change "
           "that setting. " +
           leave + " hides this.";
}

std::string preferences_not_saved(const std::string& why) {
    return "Could not keep the preferences: " + why;
}

} // namespace hearth
