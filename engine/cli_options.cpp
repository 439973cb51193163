#include "engine/cli_options.hpp"

#include "game/session/same_name.hpp"

#include <charconv>
#include <initializer_list>

namespace hearth {

std::string_view usage() {
    return R"(Usage: hearth [OPTIONS]

Plays a card deck on a shared screen.

  --deck PATH         deck folder or deck.toml (default: the bundled deck)
  --format ID         the deck's format to play (default: chosen at set-up)
  --players "A,B,C"   seat these players and skip set-up (or a number: --players 4)
  --solo              one player, the deck's solo format
  --seed N            shuffle seed, for a session that can be replayed
  --size WxH          window size (default 1920x1080 headless, 1280x720 windowed)
  --log FILE          write the session log (JSON Lines)
  --watch             live reload: a saved edit to the deck or its art shows at
                      once; a broken save shows its errors, the last good deck
                      plays on (docs/make-your-own-deck.md)
  --resume FILE       continue the session saved in FILE, or start one saved there;
                      it is saved after every action
  --config FILE       the preferences file (text size, full screen, sound, the
                      last group); default $XDG_CONFIG_HOME/hearth/preferences.toml.
                      Headless runs read and write one only when given this
                      option.
  --language LANG     the interface's language: en, de, es, fr (default: the
                      preference, else the deck's language)
  --phones [ADDR:PORT]  players join from their phones' browsers (a QR code on the
                      set-up screen, J at the table); listens on the local network
                      (default: the default route's address, port 8420; port 0
                      picks a free one) and prints "phones: URL"

Seeing and hearing (each also a preference; docs/accessibility.md):
  --read-aloud LEVEL  speak cards (cards), and turns (turns), or also timers and
                      every message (everything); off: silent. V turns it on and off
  --speech-log FILE   write what read aloud says to FILE (JSON Lines), not aloud
  --theme NAME        standard or high-contrast (every text at least 7:1)
  --font NAME         standard, andika (a literacy font) or opendyslexic
  --reduced-motion on|off  cuts instead of animations (default: the desktop's)

Headless (no display needed; for tests, pictures and automation):
  --headless --script FILE [--out DIR]
      renders into an offscreen surface; the script's steps are
      key NAME, type TEXT, click X Y, wait SECONDS, sleep SECONDS,
      await reload [SECONDS], shot NAME

  --help, --version
Keys at the table: press F1 or ? in Hearth.
)";
}

std::variant<Options, std::string> parse_options(const std::vector<std::string_view>& args) {
    Options o;
    for (std::size_t i = 0; i < args.size(); ++i) {
        std::string_view a = args[i];
        auto value = [&](std::string_view name) -> std::optional<std::string_view> {
            if (i + 1 >= args.size())
                return std::nullopt;
            (void)name;
            return args[++i];
        };
        auto missing = [&](std::string_view name) { return std::string(name) + " needs a value"; };
        if (a == "--help" || a == "-h") {
            o.help = true;
        } else if (a == "--version") {
            o.version = true;
        } else if (a == "--headless") {
            o.headless = true;
        } else if (a == "--watch") {
            o.watch = true;
        } else if (a == "--solo") {
            o.solo = true;
        } else if (a == "--size") {
            auto v = value(a);
            if (!v)
                return missing(a);
            std::size_t x = v->find('x');
            int w = 0, h = 0;
            if (x == std::string_view::npos ||
                std::from_chars(v->data(), v->data() + x, w).ptr != v->data() + x ||
                std::from_chars(v->data() + x + 1, v->data() + v->size(), h).ptr !=
                    v->data() + v->size() ||
                w < 320 || h < 240 || w > 7680 || h > 4320)
                return "--size wants WIDTHxHEIGHT between 320x240 and 7680x4320, e.g. 1920x1080";
            o.width = w;
            o.height = h;
            o.size_given = true;
        } else if (a == "--deck" || a == "--format" || a == "--script" || a == "--out" ||
                   a == "--log" || a == "--resume" || a == "--config" || a == "--language") {
            auto v = value(a);
            if (!v || v->empty())
                return missing(a);
            std::string s(*v);
            if (a == "--deck")
                o.deck = s;
            else if (a == "--format")
                o.format = s;
            else if (a == "--script")
                o.script = s;
            else if (a == "--out")
                o.out = s;
            else if (a == "--resume")
                o.resume = s;
            else if (a == "--config")
                o.config = s;
            else if (a == "--language")
                o.language = s;
            else
                o.log = s;
        } else if (a == "--phones") {
            o.phones = true;
            if (i + 1 < args.size() && !args[i + 1].empty() && args[i + 1][0] != '-') {
                std::string_view v = args[++i];
                std::size_t colon = v.rfind(':');
                int port = -1;
                std::string_view addr = colon == std::string_view::npos ? "" : v.substr(0, colon);
                if (addr.size() >= 2 && addr.front() == '[' && addr.back() == ']')
                    addr = addr.substr(1, addr.size() - 2);
                if (colon == std::string_view::npos || addr.empty() ||
                    std::from_chars(v.data() + colon + 1, v.data() + v.size(), port).ptr !=
                        v.data() + v.size() ||
                    port < 0 || port > 65535)
                    return "--phones wants ADDR:PORT, e.g. --phones 192.168.1.20:8420 (port 0: "
                           "any free one), or nothing for the default address";
                o.phones_address = std::string(addr);
                o.phones_port = port;
            }
        } else if (a == "--read-aloud" || a == "--theme" || a == "--font" ||
                   a == "--reduced-motion" || a == "--speech-log") {
            auto v = value(a);
            if (!v || v->empty())
                return missing(a);
            std::string s(*v);
            auto one_of = [&](std::initializer_list<std::string_view> known,
                              std::string& out) -> std::optional<std::string> {
                std::string list;
                for (std::string_view k : known) {
                    if (k == s) {
                        out = s;
                        return std::nullopt;
                    }
                    list.append(list.empty() ? "" : ", ").append(k);
                }
                return std::string(a) + " wants one of " + list + ", not '" + s + "'";
            };
            std::optional<std::string> wrong;
            if (a == "--read-aloud")
                wrong = one_of({"off", "cards", "turns", "everything"}, o.read_aloud);
            else if (a == "--theme")
                wrong = one_of({"standard", "high-contrast"}, o.theme);
            else if (a == "--font")
                wrong = one_of({"standard", "andika", "opendyslexic"}, o.font);
            else if (a == "--reduced-motion")
                wrong = one_of({"on", "off"}, o.reduced_motion);
            else
                o.speech_log = s;
            if (wrong)
                return *wrong;
        } else if (a == "--seed") {
            auto v = value(a);
            if (!v)
                return missing(a);
            std::uint64_t seed = 0;
            auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), seed);
            if (ec != std::errc() || p != v->data() + v->size())
                return "--seed wants a whole number, e.g. --seed 42";
            o.seed = seed;
        } else if (a == "--players") {
            auto v = value(a);
            if (!v)
                return missing(a);
            int n = 0;
            auto [p, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
            if (ec == std::errc() && p == v->data() + v->size()) {
                if (n < 1 || n > 12)
                    return "--players wants 1 to 12 players";
                o.player_count = n;
                continue;
            }
            std::string_view rest = *v;
            while (true) {
                std::size_t c = rest.find(',');
                std::string_view name = rest.substr(0, c);
                while (!name.empty() && name.front() == ' ')
                    name.remove_prefix(1);
                while (!name.empty() && name.back() == ' ')
                    name.remove_suffix(1);
                if (name.empty())
                    return "--players has an empty name; write names separated by commas, "
                           "e.g. --players \"Ana,Ben,Caro\"";
                if (const std::string* same = same_name_in(o.players, name))
                    return "--players names one player twice: '" + *same + "' and '" +
                           std::string(name) + "'";
                o.players.emplace_back(name);
                if (c == std::string_view::npos)
                    break;
                rest = rest.substr(c + 1);
            }
            if (o.players.size() > 12)
                return "--players names more than 12 players";
        } else {
            return "unknown option '" + std::string(a) + "' (try --help)";
        }
    }
    if (o.solo && (!o.players.empty() || o.player_count > 1))
        return "--solo and --players do not go together";
    if (o.headless && o.script.empty())
        return "--headless needs --script FILE (steps: key, type, click, wheel, wait, sleep, "
               "await, shot)";
    return o;
}

} // namespace hearth
