// Whether the desktop asks for less motion: GTK's gtk-enable-animations in
// $XDG_CONFIG_HOME/gtk-3.0/settings.ini, else GNOME's enable-animations
// (through gsettings, when it is installed). Read once, at start, and only
// when the user's preferences do not say.
#pragma once

#include <future>
#include <optional>
#include <string_view>

namespace hearth {

// True: the desktop turned animations off; nullopt: it does not say.
std::optional<bool> desktop_reduces_motion();

// desktop_reduces_motion() asked on a thread of its own: gsettings is a
// process of its own (10-30 ms), so it answers while the window opens and the
// deck loads instead of before. Until the answer comes, motion is on.
class DesktopMotionQuestion {
public:
    void ask();    // starts the question; a new ask() replaces an unanswered one
    void forget(); // the user's own setting decides: the answer is not wanted
    // The desktop's answer, once, when it has come and says something.
    std::optional<bool> take_answer();

private:
    std::future<std::optional<bool>> answer_;
};

// The value of gtk-enable-animations in a settings.ini's text, as "reduce
// motion" (true when animations are off); nullopt when the key is absent.
std::optional<bool> gtk_reduces_motion(std::string_view settings_ini);

} // namespace hearth
