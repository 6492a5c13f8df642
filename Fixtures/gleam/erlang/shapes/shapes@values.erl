-module(shapes@values).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/shapes/values.gleam").
-export([main/0]).
-export_type([colour/0, pair/2]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(" One of each kind of Gleam value, to see how they are printed.\n").

-type colour() :: red | green | blue.

-type pair(FQ, FR) :: {pair, FQ, FR}.

-file("src/shapes/values.gleam", 16).
-spec main() -> {{ok, integer()},
    {error, binary()},
    list(integer()),
    nil,
    boolean(),
    shapes@geometry:shape(),
    bitstring(),
    bitstring(),
    gleam@dict:dict(binary(), integer()),
    binary(),
    float(),
    colour(),
    pair(colour(), list(colour())),
    {},
    list(any()),
    integer()}.
main() ->
    {{ok, 1},
        {error, <<"not found"/utf8>>},
        [1, 2, 3],
        nil,
        true,
        {circle, 1.5},
        <<255, 0, 7>>,
        <<5:3>>,
        maps:from_list([{<<"a"/utf8>>, 1}, {<<"b"/utf8>>, 2}]),
        <<"héllo\n\"quoted\""/utf8>>,
        -3.25,
        red,
        {pair, green, [blue]},
        {},
        [],
        123456789012345678901234567890}.
