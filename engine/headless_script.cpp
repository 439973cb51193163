#include "engine/headless_script.hpp"

#include <charconv>
#include <cmath>
#include <cstdlib>

namespace hearth {
namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t'))
        s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t' || s.back() == '\r'))
        s.remove_suffix(1);
    return s;
}

bool parse_int(std::string_view s, int& out) {
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), out);
    return ec == std::errc() && p == s.data() + s.size();
}

bool parse_seconds(std::string_view s, double& out) {
    std::string str(s);
    if (str.empty() || str.find_first_not_of("0123456789.") != std::string::npos)
        return false;
    char* end = nullptr;
    out = std::strtod(str.c_str(), &end);
    return end == str.c_str() + str.size() && std::isfinite(out);
}

bool valid_shot_name(std::string_view s) {
    if (s.empty() || s.size() > 100 || s.front() == '.')
        return false;
    for (char c : s)
        if (!(std::isalnum(static_cast<unsigned char>(c)) || c == '-' || c == '_' || c == '.'))
            return false;
    return true;
}

} // namespace

std::variant<std::vector<ScriptStep>, Diagnostic>
parse_script(std::string_view text, std::string_view file, const KeyNameCheck& key_known) {
    std::vector<ScriptStep> steps;
    int line_no = 0;
    auto error = [&](const std::string& message) {
        return file_error({std::string(file), line_no, 0}, message);
    };
    while (!text.empty()) {
        ++line_no;
        std::size_t nl = text.find('\n');
        std::string_view line = text.substr(0, nl);
        text = nl == std::string_view::npos ? std::string_view{} : text.substr(nl + 1);
        line = trim(line);
        if (line.empty() || line.front() == '#')
            continue;
        std::size_t sp = line.find_first_of(" \t");
        std::string_view verb = line.substr(0, sp);
        std::string_view rest = sp == std::string_view::npos ? "" : trim(line.substr(sp + 1));
        ScriptStep step;
        step.line = line_no;
        if (verb == "key") {
            if (rest.empty())
                return error("'key' needs a key name, e.g. 'key Space'");
            for (bool more = true; more;) {
                more = false;
                for (auto [prefix, flag] : {std::pair{std::string_view("Ctrl+"), &step.ctrl},
                                            {std::string_view("Shift+"), &step.shift},
                                            {std::string_view("Alt+"), &step.alt}})
                    if (rest.size() > prefix.size() && rest.substr(0, prefix.size()) == prefix) {
                        *flag = true;
                        rest.remove_prefix(prefix.size());
                        more = true;
                    }
            }
            if (key_known && !key_known(rest))
                return error("unknown key name '" + std::string(rest) +
                             "' (SDL key names: Space, Return, PageDown, Left, Escape, F11, S)");
            step.kind = ScriptStep::Kind::Key;
            step.text = rest;
        } else if (verb == "type") {
            if (rest.empty())
                return error("'type' needs the text to type");
            step.kind = ScriptStep::Kind::Type;
            step.text = rest;
        } else if (verb == "click") {
            std::size_t s2 = rest.find_first_of(" \t");
            if (s2 == std::string_view::npos || !parse_int(trim(rest.substr(0, s2)), step.x) ||
                !parse_int(trim(rest.substr(s2 + 1)), step.y) || step.x < 0 || step.y < 0)
                return error("'click' needs two whole numbers, X and Y, e.g. 'click 960 540'");
            step.kind = ScriptStep::Kind::Click;
        } else if (verb == "wheel") {
            if (!parse_int(rest, step.y) || step.y == 0 || step.y < -100 || step.y > 100)
                return error("'wheel' needs a whole number of steps from -100 to 100 but 0, "
                             "negative for down, e.g. 'wheel -1'");
            step.kind = ScriptStep::Kind::Wheel;
        } else if (verb == "wait" || verb == "sleep") {
            if (!parse_seconds(rest, step.seconds))
                return error("'" + std::string(verb) + "' needs a number of seconds, e.g. '" +
                             std::string(verb) + " 1.5'");
            if (step.seconds > 86400)
                return error("'" + std::string(verb) + "' is limited to a day (86400 seconds)");
            if (verb == "sleep" && step.seconds > 600)
                return error("'sleep' is limited to 600 seconds");
            step.kind = verb == "wait" ? ScriptStep::Kind::Wait : ScriptStep::Kind::Sleep;
        } else if (verb == "await") {
            // Real-time tests wait for what they need, never for a fixed time.
            std::size_t s2 = rest.find_first_of(" \t");
            std::string_view what = rest.substr(0, s2);
            std::string_view limit = s2 == std::string_view::npos ? "" : trim(rest.substr(s2 + 1));
            if (what != "reload")
                return error("'await' needs what to wait for: 'await reload' (the deck reloaded)");
            step.seconds = 30;
            if (!limit.empty() && (!parse_seconds(limit, step.seconds) || step.seconds <= 0))
                return error("'await reload' takes a limit in seconds, e.g. 'await reload 10'");
            if (step.seconds > 600)
                return error("'await' is limited to 600 seconds");
            step.kind = ScriptStep::Kind::AwaitReload;
        } else if (verb == "shot") {
            if (!valid_shot_name(rest))
                return error("'shot' needs a file name of letters, digits, '-', '_' and '.', "
                             "e.g. 'shot table'");
            step.kind = ScriptStep::Kind::Shot;
            step.text = rest;
        } else if (verb == "report") {
            if (rest != "shown")
                return error("'report' needs what to report: 'report shown' (the length of the "
                             "text on screen, as 'solo: shown BYTES' lines on stdout)");
            step.kind = ScriptStep::Kind::ReportShown;
        } else {
            return error("unknown step '" + std::string(verb) +
                         "' (steps: key, type, click, wheel, wait, sleep, await, shot, report)");
        }
        steps.push_back(std::move(step));
    }
    return steps;
}

} // namespace hearth
