// Whether the desktop asks for less motion: GTK's gtk-enable-animations in
// $XDG_CONFIG_HOME/gtk-3.0/settings.ini, else GNOME's enable-animations
// (through gsettings, when it is installed). Read once, at start, and only
// when the user's preferences do not say.
#pragma once

#include <optional>
#include <string_view>

namespace hearth {

// True: the desktop turned animations off; nullopt: it does not say.
std::optional<bool> desktop_reduces_motion();

// The value of gtk-enable-animations in a settings.ini's text, as "reduce
// motion" (true when animations are off); nullopt when the key is absent.
std::optional<bool> gtk_reduces_motion(std::string_view settings_ini);

} // namespace hearth
