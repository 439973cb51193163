// Version-2 saves (JSON Lines, append-only), reading either version, and the
// save file itself.
//
//   writing   the header, the start line and one line per action
//   reading   which version, then the header, the start and a checked replay
//   files     save_session, load_session
#include "game/session/session_save.hpp"

#include "game/base/atomic_file.hpp"
#include "game/session/detail/session_save_detail.hpp"
#include "game/session/same_name.hpp"
#include "game/session/session_json.hpp"

namespace hearth {

// ---------------------------------------------------------------- writing

std::string save_header_jsonl(const SessionStart& start) {
    Json header{{"type", "hearth-session"}, {"version", kSaveVersion}, {"deck", start.deck}};
    return dump_json(header) + "\n" + start_to_jsonl(start);
}

std::string save_entry_jsonl(const LogEntry& entry) {
    Json j = action_to_json(entry.action);
    j["caused"] = Json::array();
    for (const Event& e : entry.caused)
        j["caused"].push_back(event_to_json(e));
    return dump_json(j) + "\n";
}

std::string save_to_jsonl(const Session& s) {
    std::string out = save_header_jsonl(s.start);
    for (const LogEntry& e : s.log)
        out += save_entry_jsonl(e);
    return out;
}

// ---------------------------------------------------------------- reading

namespace {

// The version the first line declares, when it is a version-2 style header;
// a number beyond int64 reads as the largest (a version no Hearth reads).
std::optional<std::int64_t> header_version(std::string_view text) {
    std::string_view first = text.substr(0, text.find('\n'));
    Json j = Json::parse(first, nullptr, false);
    if (!j.is_object() || j.value("type", Json()) != "hearth-session" || !j.contains("version") ||
        !j["version"].is_number_integer())
        return std::nullopt;
    return saved_version(j["version"]);
}

std::variant<Session, Diagnostic> session_from_v2(const Deck& deck, std::string_view text,
                                                  std::string_view file, SaveReading* reading) {
    std::vector<JsonLine> lines = split_json_lines(text);
    Session s;
    try {
        auto header = parse_json_line(file, lines[0]);
        if (auto* e = std::get_if<Diagnostic>(&header))
            return *e;
        const Json& h = std::get<Json>(header);
        const std::int64_t version = saved_version(h["version"]);
        if (version > kSaveVersion || version < 2)
            return error_at(file, lines[0].number,
                            "save format version " + dump_json(h["version"]) +
                                " is not one this Hearth reads (it reads 1 to " +
                                std::to_string(kSaveVersion) + ")");
        if (!h.contains("deck") || !h["deck"].is_string())
            return error_at(file, lines[0].number, "deck: expected a string");
        if (h["deck"].get<std::string>() != deck.info.id)
            return error_at(file, lines[0].number,
                            "this session was saved with the deck '" +
                                h["deck"].get<std::string>() + "', not '" + deck.info.id + "'");
        if (lines.size() < 2)
            return error_in(file, "the save has no start line");
        auto start_line = parse_json_line(file, lines[1]);
        if (auto* e = std::get_if<Diagnostic>(&start_line))
            return *e;
        const Json& sj = std::get<Json>(start_line);
        if (!sj.is_object() || sj.value("type", Json()) != "start")
            return error_at(file, lines[1].number, "expected the \"start\" line");
        SessionStart start = start_from_json(sj, "start");
        if (start.deck != deck.info.id)
            return error_at(file, lines[1].number, "start.deck: does not match \"deck\"");
        if (!deck.find_format(start.format))
            return error_at(file, lines[1].number,
                            "the deck '" + deck.info.id + "' has no format '" + start.format +
                                "' any more");
        auto started = start_session(deck, start);
        if (auto* e = std::get_if<StartError>(&started))
            return error_at(file, lines[1].number, e->message);
        s = std::move(std::get<Session>(started));
    } catch (const JsonError& e) {
        return error_at(file, lines.size() > 1 ? lines[1].number : 1, e.what());
    } catch (const Json::exception& e) {
        return error_at(file, lines.size() > 1 ? lines[1].number : 1, e.what());
    }

    // The deck changed during the session (a live reload): the state at the
    // last snapshot is kept as it is, the actions before it are read without
    // replaying them (they replay only against the deck they were played with).
    std::size_t first = 2;
    for (std::size_t i = lines.size(); i-- > 2;) {
        if (lines[i].text.find("\"snapshot\"") == std::string_view::npos)
            continue;
        Json j = Json::parse(lines[i].text, nullptr, false);
        if (!j.is_object() || j.value("type", Json()) != "snapshot")
            continue;
        for (std::size_t k = 2; k < i; ++k) {
            auto parsed = parse_json_line(file, lines[k]);
            if (auto* e = std::get_if<Diagnostic>(&parsed))
                return *e;
            const Json& a = std::get<Json>(parsed);
            try {
                if (!a.is_object() || a.value("type", Json()) == "snapshot" ||
                    a.value("type", Json()) == "phones")
                    continue; // an earlier snapshot: the last one holds the state
                if (a.value("type", Json()) != "action")
                    return error_at(file, lines[k].number, "expected an \"action\" line");
                if (!a.contains("caused") || !a["caused"].is_array())
                    return error_at(file, lines[k].number, "caused: expected an array");
                LogEntry entry{action_from_json(a, "action"), {}};
                for (std::size_t c = 0; c < a["caused"].size(); ++c)
                    entry.caused.push_back(
                        event_from_json(a["caused"][c], "caused[" + std::to_string(c) + "]"));
                s.log.push_back(std::move(entry));
            } catch (const JsonError& e) {
                return error_at(file, lines[k].number, e.what());
            } catch (const Json::exception& e) {
                return error_at(file, lines[k].number, e.what());
            }
        }
        try {
            restore_snapshot(deck, j, s);
        } catch (const JsonError& e) {
            return error_at(file, lines[i].number, e.what());
        } catch (const Json::exception& e) {
            return error_at(file, lines[i].number, e.what());
        }
        if (reading)
            reading->from_snapshot = true;
        first = i + 1;
        break;
    }

    for (std::size_t i = first; i < lines.size(); ++i) {
        const JsonLine& line = lines[i];
        auto parsed = parse_json_line(file, line);
        if (auto* e = std::get_if<Diagnostic>(&parsed)) {
            // Killed mid-write: the actions before it are whole; resume from them.
            if (i + 1 == lines.size() && !line.whole) {
                if (reading) {
                    // A named value: a braced temporary trips GCC 12's -Wmaybe-uninitialized.
                    Diagnostic torn;
                    torn.severity = Severity::Warning;
                    torn.where = {std::string(file), line.number, 1};
                    torn.message = "the last action was cut off while it was being written; the "
                                   "session resumes from the action before it";
                    reading->warnings.push_back(std::move(torn));
                }
                break;
            }
            return *e;
        }
        const Json& j = std::get<Json>(parsed);
        try {
            // The phones' room (the engine's, docs/phones.md): not an action.
            if (j.is_object() && j.value("type", Json()) == "phones")
                continue;
            if (!j.is_object() || j.value("type", Json()) != "action")
                return error_at(file, line.number, "expected an \"action\" line");
            Action a = action_from_json(j, "action");
            if (!j.contains("caused") || !j["caused"].is_array())
                return error_at(file, line.number, "caused: expected an array");
            if (auto r = apply_in_place(deck, s, a))
                return error_at(file, line.number, replay_refused(a, *r));
            const Json& caused = j["caused"];
            const std::vector<Event>& replayed = s.log.back().caused;
            for (std::size_t k = 0; k < std::max(caused.size(), replayed.size()); ++k) {
                std::optional<Event> logged;
                if (k < caused.size())
                    logged = event_from_json(caused[k], "caused[" + std::to_string(k) + "]");
                if (k < replayed.size() && logged && *logged == replayed[k])
                    continue;
                return error_at(file, line.number,
                                "the save says " +
                                    (logged ? dump_json(caused[k]) : std::string("nothing")) +
                                    " but the replay gives " +
                                    (k < replayed.size() ? dump_json(event_to_json(replayed[k]))
                                                         : std::string("nothing")) +
                                    " (is it the same deck?)");
            }
        } catch (const JsonError& e) {
            return error_at(file, line.number, e.what());
        } catch (const Json::exception& e) {
            return error_at(file, line.number, e.what());
        }
    }
    if (reading)
        reading->appendable = reading->warnings.empty() && !text.empty() && text.back() == '\n';
    return s;
}

// Seated names that differ only in letter case ("ana" and "Ana"): refused
// at the table since they were made a rule, so a save from before still
// loads, with a warning, once per pair.
void warn_same_names(const Session& s, std::string_view file, SaveReading& reading) {
    const std::vector<std::string> names = seat_names(s);
    std::vector<std::string> earlier_names;
    for (const std::string& name : names) {
        const std::string* same = same_name_in(earlier_names, name);
        const std::string earlier = same ? *same : std::string(); // before the vector grows
        earlier_names.push_back(name);
        if (!same)
            continue;
        Diagnostic d;
        d.severity = Severity::Warning;
        d.where = {std::string(file), 0, 0};
        d.message = "players '" + earlier + "' and '" + name +
                    "' differ only in letter case; the table tells them apart by their seats, "
                    "a rename makes them easier to tell apart";
        reading.warnings.push_back(std::move(d));
    }
}

} // namespace

std::variant<Session, Diagnostic> session_from_json(const Deck& deck, std::string_view text,
                                                    std::string_view file, SaveReading* reading) {
    std::optional<std::int64_t> version = header_version(text);
    if (reading)
        *reading = {
            version && *version >= 2 && *version <= kSaveVersion ? int(*version) : 1, {}, false};
    auto loaded = version && *version >= 2 ? session_from_v2(deck, text, file, reading)
                                           : session_from_v1(deck, text, file);
    if (auto* s = std::get_if<Session>(&loaded); s && reading)
        warn_same_names(*s, file, *reading);
    return loaded;
}

// ---------------------------------------------------------------- files

std::optional<std::string> save_session(const std::filesystem::path& file, const Session& s) {
    return write_file_atomically(file, save_to_jsonl(s), 0600);
}

std::variant<Session, Diagnostic> load_session(const Deck& deck, const std::filesystem::path& file,
                                               SaveReading* reading) {
    bool too_large = false;
    auto text = read_file(file, 64u << 20, &too_large);
    if (!text)
        return error_in(file.string(), too_large ? "the save file is larger than 64 MiB"
                                                 : "cannot read the save file");
    return session_from_json(deck, *text, file.string(), reading);
}

} // namespace hearth
