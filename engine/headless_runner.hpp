// The headless runner: plays a script's steps (engine/headless_script.hpp)
// into the App, the way a person at the keyboard would, writes its shots and
// says what went wrong as `script.txt:LINE: error: ...`. It drives the App
// from outside: headless (an offscreen surface, the script's own clock) or
// in a real window (frames drawn between the steps). The App stays the loop;
// nothing in it or in the scenes knows a script is playing.
#pragma once

#include "engine/headless_script.hpp"

#include <cstddef>
#include <filesystem>
#include <string>
#include <vector>

namespace hearth {

class App;

class HeadlessRunner {
public:
    // `script_name` names the script in messages; shots go to `out`.
    HeadlessRunner(App& app, std::vector<ScriptStep> script, std::string script_name,
                   std::filesystem::path out);

    // Plays the script headless. Returns the exit status: 1 when a step
    // failed, the deck never loaded or the save could not be read.
    int run();
    // Plays the script in a window, drawing whatever changed between steps.
    // Returns 1 when a step failed.
    int run_in_window();

private:
    void step(const ScriptStep& step);
    void key(const ScriptStep& step);
    void type(const std::string& text);
    void sleep(double seconds);
    void await_reload(const ScriptStep& step);
    void shot(const ScriptStep& step);
    // `report shown`: from now on, the text a scene shows goes to stdout.
    void report_shown();

    App& app_;
    std::vector<ScriptStep> script_;
    std::string script_name_;
    std::filesystem::path out_;
    int status_ = 0;
};

} // namespace hearth
