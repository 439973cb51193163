#include "tools/card_fit.hpp"

namespace hearth::tools {

std::optional<Diagnostic> fit_warning(const Card& card, const CardFitReport& fit,
                                      const std::string& size_name) {
    if (fit.fits)
        return std::nullopt;
    std::string how;
    if (fit.lines_over > 0)
        how = "; cut about " + std::to_string(fit.lines_over) + " of its " +
              std::to_string(fit.lines) + (fit.lines_over == 1 ? " line" : " lines") + " (" +
              std::to_string(fit.words_over) + (fit.words_over == 1 ? " word)" : " words)");
    if (fit.too_wide)
        how += std::string(how.empty() ? "; " : ", and ") +
               "a word is wider than the text box: shorten it or break it with a hyphen";
    return Diagnostic{Severity::Warning, card.where,
                      "card '" + card.id + "': its text does not fit a " + size_name +
                          " card at a readable size" + how};
}

} // namespace hearth::tools
