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

expect_run(1 lint --quiet ${DECKS}/bad/art-cut-off-png)
expect_equal("${ERR}" "${DECKS}/bad/art-cut-off-png/deck.toml:20:7: error: art of card 'a': 'art/cortado.png' is cut off: the PNG file ends before its last part; save or export it again\n")
