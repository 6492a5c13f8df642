-module(shapes).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/shapes.gleam").
-export([main/0]).

-if(?OTP_RELEASE >= 27).
-define(MODULEDOC(Str), -moduledoc(Str)).
-define(DOC(Str), -doc(Str)).
-else.
-define(MODULEDOC(Str), -compile([])).
-define(DOC(Str), -compile([])).
-endif.

?MODULEDOC(" Works out the areas of a few shapes and prints them.\n").

-file("src/shapes.gleam", 9).
-spec main() -> nil.
main() ->
    Shapes = [{circle, 1.0}, {rectangle, 2.0, 3.5}, {square, 2.0}],
    gleam_stdlib:println(
        <<"shapes: "/utf8, (erlang:integer_to_binary(erlang:length(Shapes)))/binary>>
    ),
    gleam@list:each(
        Shapes,
        fun(Shape) -> gleam_stdlib:println(shapes@geometry:describe(Shape)) end
    ),
    gleam_stdlib:println(
        <<"total area: "/utf8,
            (gleam_stdlib:float_to_string(shapes@geometry:total_area(Shapes)))/binary>>
    ),
    case shapes@geometry:parse(<<"triangle 3"/utf8>>) of
        {ok, Shape@1} ->
            gleam_stdlib:println(
                <<"parsed: "/utf8, (shapes@geometry:describe(Shape@1))/binary>>
            );

        {error, Error} ->
            gleam_stdlib:println_error(
                <<"could not parse: "/utf8,
                    (shapes@geometry:error_message(Error))/binary>>
            )
    end.
