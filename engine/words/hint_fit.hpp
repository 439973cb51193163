// Fitting a line of key hints ("Space: done  ·  B: more choices") into the
// room it has, by leaving some out.
#pragma once

#include <functional>
#include <string>

namespace hearth {

// Leaves out the hints before the last until `fits` says the line fits, or
// one hint is left: the first (the step's own key) and the last (B, the
// clicker's way to every other choice) stay longest.
void drop_hints(std::string& hints, const std::function<bool(const std::string&)>& fits);

} // namespace hearth
