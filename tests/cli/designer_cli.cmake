# hearth-deck as a designer meets it (issue 17): how much a too-full card
# must lose, in lint and sheet; a cut-off PNG in Hearth's words only.
# Invoked by CTest with -DTOOL=... -DDECKS=... -DWORK=(a scratch folder)
function(expect_run expected_code)
    execute_process(COMMAND ${TOOL} ${ARGN} RESULT_VARIABLE code OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT code EQUAL expected_code)
        message(FATAL_ERROR "hearth-deck ${ARGN}: exit ${code}, expected ${expected_code}\n${out}\n${err}")
    endif()
    set(OUT "${out}" PARENT_SCOPE)
    set(ERR "${err}" PARENT_SCOPE)
endfunction()

function(expect_equal text expected)
    if(NOT "${text}" STREQUAL "${expected}")
        message(FATAL_ERROR "expected:\n${expected}\ngot:\n${text}")
    endif()
endfunction()

function(expect_match text pattern)
    if(NOT "${text}" MATCHES "${pattern}")
        message(FATAL_ERROR "expected to match '${pattern}':\n${text}")
    endif()
endfunction()

file(REMOVE_RECURSE ${WORK})
file(MAKE_DIRECTORY ${WORK})

set(overfull "deck.toml:16:1: warning: card 'larga': its text does not fit a poker card at a readable size; cut about 28 of its 42 lines (224 words)")
expect_run(0 lint --quiet ${DECKS}/lint/overfull)
expect_equal("${ERR}" "${DECKS}/lint/overfull/${overfull}\n")
expect_run(0 sheet ${DECKS}/lint/overfull --out ${WORK}/overfull.pdf --dpi 100)
expect_match("${ERR}" "overfull/deck.toml:16:1: warning: card 'larga': its text does not fit a poker card at a readable size; cut about")

# A font that starts like one and is cut off: only opening it tells (seen
# trying a deck's own fonts: lint said ok, the table fell back to Lato).
expect_run(1 lint --quiet ${DECKS}/lint/cut-font)
expect_equal("${ERR}" "${DECKS}/lint/cut-font/deck.toml:13:18: error: the deck's body font: 'fonts/Cut.ttf' cannot be opened as a font: Couldn't load font file\n")

expect_run(1 lint --quiet ${DECKS}/bad/art-cut-off-png)
expect_equal("${ERR}" "${DECKS}/bad/art-cut-off-png/deck.toml:20:7: error: art of card 'a': 'art/cortado.png' is cut off: the PNG file ends before its last part; save or export it again\n")

# Print presets: the exact pixels, the resolution, no alpha when asked.
function(png_header file out_w out_h out_type out_phys)
    file(READ ${file} head OFFSET 16 LIMIT 34 HEX)
    string(SUBSTRING "${head}" 0 8 w)
    string(SUBSTRING "${head}" 8 8 h)
    string(SUBSTRING "${head}" 18 2 type)
    string(SUBSTRING "${head}" 42 26 phys)
    math(EXPR w "0x${w}")
    math(EXPR h "0x${h}")
    set(${out_w} ${w} PARENT_SCOPE)
    set(${out_h} ${h} PARENT_SCOPE)
    set(${out_type} ${type} PARENT_SCOPE)
    set(${out_phys} ${phys} PARENT_SCOPE)
endfunction()
expect_run(0 render ${DECKS}/good/small --out ${WORK}/dtc --preset drivethrucards --no-alpha --only pair-walk)
# A preset names files as the services' uploaders pair them: a back for every front.
file(GLOB dtc RELATIVE ${WORK}/dtc ${WORK}/dtc/*.png)
expect_equal("${dtc}" "back-001.png;front-001.png")
png_header(${WORK}/dtc/front-001.png w h type phys)
expect_equal("${w}x${h} type ${type}" "825x1125 type 02")
# pHYs: 11811 pixels a metre (300 dpi) both ways, unit metre.
expect_equal("${phys}" "7048597300002e2300002e2301")
expect_run(0 render ${DECKS}/good/small --out ${WORK}/mpc --preset makeplayingcards --only pair-walk)
png_header(${WORK}/mpc/front-001.png w h type phys)
expect_equal("${w}x${h} type ${type}" "822x1122 type 06")
expect_run(0 render ${DECKS}/good/small --out ${WORK}/in --size 2.5x3.5in --only pair-walk)
file(GLOB inches ${WORK}/in/*.png)
png_header(${inches} w h type phys)
expect_equal("${w}x${h}" "750x1050")
expect_run(2 render ${DECKS}/good/small --out ${WORK}/x --preset kinkos)

# Copies and paired names: every copy its own numbered front and back.
expect_run(0 render ${DECKS}/good/small --out ${WORK}/copies --names paired --copies 0
           --copies pair-walk=2 --dpi 72)
file(GLOB copies RELATIVE ${WORK}/copies ${WORK}/copies/*.png)
expect_equal("${copies}" "back-001.png;back-002.png;front-001.png;front-002.png")
expect_run(0 render ${DECKS}/good/small --out ${WORK}/hearth-copies --copies pair-walk=2
           --only pair-walk --dpi 72)
file(GLOB copies RELATIVE ${WORK}/hearth-copies ${WORK}/hearth-copies/*.png)
list(LENGTH copies n)
expect_equal("${n}" "2")
expect_run(2 render ${DECKS}/good/small --out ${WORK}/x --copies nadie=2)
expect_equal("${ERR}" "hearth-deck render: --copies names 'nadie', a card the deck does not have\n")
expect_run(2 sheet ${DECKS}/good/small --out ${WORK}/x.pdf --copies 2:00)
expect_run(2 render ${DECKS}/good/small --out ${WORK}/x --names kinkos)
expect_run(0 sheet ${DECKS}/good/small --out ${WORK}/gutter.pdf --gutter 5mm --copies 2 --dpi 72)
expect_match("${OUT}" "cards per page \\(2x2\\)")

# The proof: every card, the too-full one framed and its warning written out.
expect_run(0 proof ${DECKS}/lint/overfull --out ${WORK}/proof.png --guides)
expect_match("${OUT}" "proof.png: 2 cards, 1 with warnings, ")
expect_match("${ERR}" "card 'larga': its text does not fit a poker card at a readable size; cut about 28 of its 42 lines")
expect_run(0 proof ${DECKS}/lint/overfull --out ${WORK}/proof.pdf)
file(READ ${WORK}/proof.pdf head LIMIT 5)
expect_match("${head}" "^%PDF-")
expect_run(2 proof ${DECKS}/lint/overfull --out ${WORK}/proof.jpg)
expect_run(1 proof ${DECKS}/bad/dangling-see --out ${WORK}/bad.png)
