// Version-1 saves: the whole session as one JSON document, checked on load.
// Hearth writes version 2 (session_save.cpp); this stays so older saves load.
#include "game/session/detail/session_save_detail.hpp"
#include "game/session/session_json.hpp"
#include "game/session/session_save.hpp"

#include <algorithm>

namespace hearth {

namespace {

// The state a version-1 document and a snapshot both hold: the clock, the
// table and the undo and redo stacks.
void put_state(Json& j, const Session& s) {
    j["paused"] = s.paused;
    j["elapsed_ms"] = s.elapsed_ms;
    j["time_up"] = s.time_up;
    j["table"] = table_to_json(s.table);
    j["undo"] = Json::array();
    for (const Table& t : s.undo)
        j["undo"].push_back(table_to_json(t));
    j["redo"] = Json::array();
    for (const Table& t : s.redo)
        j["redo"].push_back(table_to_json(t));
}

} // namespace

std::string save_to_json(const Session& s) {
    Json j;
    j["type"] = "hearth-session";
    j["version"] = 1;
    j["deck"] = s.start.deck;
    j["start"] = start_to_json(s.start);
    put_state(j, s);
    j["log"] = Json::array();
    for (const LogEntry& e : s.log) {
        Json entry = action_to_json(e.action);
        entry["caused"] = Json::array();
        for (const Event& ev : e.caused)
            entry["caused"].push_back(event_to_json(ev));
        j["log"].push_back(std::move(entry));
    }
    return dump_json(j, 1) + "\n";
}

namespace {

const Json& member(const Json& j, const char* key, const char* kind) {
    auto it = j.find(key);
    if (it == j.end())
        throw JsonError(std::string("missing \"") + key + "\"");
    if ((std::string_view(kind) == "array" && !it->is_array()) ||
        (std::string_view(kind) == "bool" && !it->is_boolean()) ||
        (std::string_view(kind) == "int" && !it->is_number_integer()))
        throw JsonError(
            std::string(key) + ": expected " +
            (std::string_view(kind) == "int" ? "an integer" : std::string("a ") + kind));
    return *it;
}

// A table of the save must be a table of this deck's session.
void check_table(const Deck& deck, const Session& s, const Table& t, const std::string& where) {
    Session probe;
    probe.start = s.start;
    probe.table = t;
    if (auto broken = check_invariants(deck, probe))
        throw JsonError(where + ": " + *broken);
}

// The clock of a save or a snapshot: paused, the session's time, time up.
void read_clock(const Json& j, Session& s) {
    s.paused = member(j, "paused", "bool").get<bool>();
    const Json& elapsed = member(j, "elapsed_ms", "int");
    if (elapsed.is_number_unsigned()
            ? elapsed.get<std::uint64_t>() > kMaxClockMs
            : elapsed.get<std::int64_t>() < 0 || elapsed.get<std::int64_t>() > kMaxClockMs)
        throw JsonError("elapsed_ms: out of range (0 to " + std::to_string(kMaxClockMs) + ")");
    s.elapsed_ms = elapsed.get<std::int64_t>();
    s.time_up = member(j, "time_up", "bool").get<bool>();
}

// The undo and redo stacks of a save or a snapshot, each table checked
// against `deck` (`s` gives the session's start).
void read_stacks(const Json& j, const Deck& deck, Session& s) {
    const Json& undo = member(j, "undo", "array");
    if (undo.size() > kUndoLimit)
        throw JsonError("undo: more than " + std::to_string(kUndoLimit) + " tables");
    for (std::size_t i = 0; i < undo.size(); ++i) {
        std::string at = "undo[" + std::to_string(i) + "]";
        s.undo.push_back(table_from_json(undo[i], at));
        check_table(deck, s, s.undo.back(), at);
    }
    const Json& redo = member(j, "redo", "array");
    for (std::size_t i = 0; i < redo.size(); ++i) {
        std::string at = "redo[" + std::to_string(i) + "]";
        s.redo.push_back(table_from_json(redo[i], at));
        check_table(deck, s, s.redo.back(), at);
    }
}

} // namespace

std::variant<Session, Diagnostic> session_from_v1(const Deck& deck, std::string_view text,
                                                  std::string_view file) {
    Json j;
    auto parsed = parse_json_text(file, text);
    if (auto* e = std::get_if<Diagnostic>(&parsed))
        return *e;
    j = std::get<Json>(std::move(parsed));
    if (!j.is_object() || !j.contains("type") || j["type"] != "hearth-session")
        return error_in(file, "not a Hearth session save (no \"type\": \"hearth-session\")");
    try {
        const Json& declared = member(j, "version", "int");
        const std::int64_t version = saved_version(declared);
        if (version > kSaveVersion || version < 1)
            return error_in(file, "save format version " + dump_json(declared) +
                                      " is not one this Hearth reads (it reads 1 to " +
                                      std::to_string(kSaveVersion) + ")");
        if (version != 1)
            return error_in(file, "a version-" + std::to_string(version) +
                                      " save is JSON Lines: its header must be its first line");
        const Json& deck_id = member(j, "deck", "string");
        if (!deck_id.is_string())
            throw JsonError("deck: expected a string");
        if (deck_id.get<std::string>() != deck.info.id)
            return error_in(file, "this session was saved with the deck '" +
                                      deck_id.get<std::string>() + "', not '" + deck.info.id + "'");
        Session s;
        s.start = start_from_json(member(j, "start", "object"), "start");
        if (s.start.deck != deck.info.id)
            throw JsonError("start.deck: does not match \"deck\"");
        if (!deck.find_format(s.start.format))
            return error_in(file, "the deck '" + deck.info.id + "' has no format '" +
                                      s.start.format + "' any more");
        read_clock(j, s);
        s.table = table_from_json(member(j, "table", "object"), "table");
        check_table(deck, s, s.table, "table");
        read_stacks(j, deck, s);
        const Json& log = member(j, "log", "array");
        for (std::size_t i = 0; i < log.size(); ++i) {
            std::string at = "log[" + std::to_string(i) + "]";
            LogEntry e{action_from_json(log[i], at), {}};
            const Json& caused = member(log[i], "caused", "array");
            for (std::size_t k = 0; k < caused.size(); ++k)
                e.caused.push_back(
                    event_from_json(caused[k], at + ".caused[" + std::to_string(k) + "]"));
            s.log.push_back(std::move(e));
        }
        return s;
    } catch (const JsonError& e) {
        return error_in(file, e.what());
    } catch (const Json::exception& e) {
        return error_in(file, e.what());
    }
}

// ---------------------------------------------------------------- snapshots (version 2)

// A snapshot holds the state fields of a version-1 document, so it is read
// with the same checks.
std::string save_snapshot_jsonl(const Session& s, std::size_t budget) {
    Json j;
    j["type"] = "snapshot";
    j["entries"] = s.log.size();
    put_state(j, s);
    std::string line = dump_json(j) + "\n";
    if (line.size() <= budget)
        return line;
    // Too large to read back comfortably (a deck of thousands of long ids
    // holds megabytes a table): the oldest undo steps go first, then the
    // furthest redo steps, until it fits; the table itself always stays.
    Json& undo = j["undo"];
    Json& redo = j["redo"];
    std::vector<std::size_t> undo_sizes, redo_sizes;
    for (const Json& t : undo)
        undo_sizes.push_back(dump_json(t).size() + 1);
    for (const Json& t : redo)
        redo_sizes.push_back(dump_json(t).size() + 1);
    std::size_t size = line.size(), drop_undo = 0, drop_redo = 0;
    while (size > budget && drop_undo < undo_sizes.size())
        size -= undo_sizes[drop_undo++];
    while (size > budget && drop_redo < redo_sizes.size()) // the next redo is at the back
        size -= redo_sizes[drop_redo++];
    undo.erase(undo.begin(), undo.begin() + std::ptrdiff_t(drop_undo));
    redo.erase(redo.begin(), redo.begin() + std::ptrdiff_t(drop_redo));
    return dump_json(j) + "\n";
}

void restore_snapshot(const Deck& deck, const Json& j, Session& s) {
    const Json& entries = member(j, "entries", "int");
    if (entries != Json(s.log.size()))
        throw JsonError("entries: the snapshot follows " + dump_json(entries) + " actions, not " +
                        std::to_string(s.log.size()));
    read_clock(j, s);
    s.table = table_from_json(member(j, "table", "object"), "table");
    // Cards added to the deck after the session began are in none of its
    // places, and rightly so: the tables are checked against the deck's
    // cards the session holds (which the deck must all still have).
    Deck held = deck;
    std::vector<std::string> ids(s.table.draw_pile);
    ids.insert(ids.end(), s.table.discard.begin(), s.table.discard.end());
    ids.insert(ids.end(), s.table.out_of_play.begin(), s.table.out_of_play.end());
    ids.insert(ids.end(), s.table.offered.begin(), s.table.offered.end());
    for (const KeptCard& k : s.table.kept)
        ids.push_back(k.card);
    for (const std::string* one : {&s.table.in_play, &s.table.mission, &s.table.opening})
        if (!one->empty())
            ids.push_back(*one);
    std::erase_if(held.cards, [&](const Card& c) {
        return std::find(ids.begin(), ids.end(), c.id) == ids.end();
    });
    check_table(held, s, s.table, "table");
    s.undo.clear();
    s.redo.clear();
    read_stacks(j, held, s);
}

} // namespace hearth
