#include "game/session/group_mission.hpp"

#include "game/session/session.hpp"

namespace hearth {

const Card* group_mission(const Deck& deck, const Session& s) {
    if (const Card* set = mission_card(deck, s))
        return set;
    const Format* f = format_of(deck, s);
    if (!f || f->mission != MissionRule::None || f->mission_type.empty())
        return nullptr;
    const std::vector<PlayedCard>& played = s.table.played;
    for (auto it = played.rbegin(); it != played.rend(); ++it)
        if (const Card* c = find_session_card(deck, s, it->card); c && c->type == f->mission_type)
            return c;
    return nullptr;
}

} // namespace hearth
