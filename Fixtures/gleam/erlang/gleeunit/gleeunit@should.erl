-module(gleeunit@should).
-compile([no_auto_import, nowarn_unused_vars, nowarn_unused_function, nowarn_nomatch, inline]).
-define(FILEPATH, "src/gleeunit/should.gleam").
-export([equal/2, not_equal/2, be_ok/1]).

-file("src/gleeunit/should.gleam", 6).
-spec equal(DOK, DOK) -> nil.
equal(A, B) ->
    case A =:= B of
        true ->
            nil;

        _ ->
            erlang:error(#{gleam_error => panic,
                    message => erlang:list_to_binary(
                        [<<"\n"/utf8>>,
                            gleam@string:inspect(A),
                            <<"\nshould equal\n"/utf8>>,
                            gleam@string:inspect(B)]
                    ),
                    file => <<?FILEPATH/utf8>>,
                    module => <<"gleeunit/should"/utf8>>,
                    function => <<"equal"/utf8>>,
                    line => 10})
    end.

-file("src/gleeunit/should.gleam", 21).
-spec not_equal(DOL, DOL) -> nil.
not_equal(A, B) ->
    case A =/= B of
        true ->
            nil;

        _ ->
            erlang:error(#{gleam_error => panic,
                    message => erlang:list_to_binary(
                        [<<"\n"/utf8>>,
                            gleam@string:inspect(A),
                            <<"\nshould not equal\n"/utf8>>,
                            gleam@string:inspect(B)]
                    ),
                    file => <<?FILEPATH/utf8>>,
                    module => <<"gleeunit/should"/utf8>>,
                    function => <<"not_equal"/utf8>>,
                    line => 25})
    end.

-file("src/gleeunit/should.gleam", 36).
-spec be_ok({ok, DOM} | {error, any()}) -> DOM.
be_ok(A) ->
    case A of
        {ok, Value} ->
            Value;

        _ ->
            erlang:error(#{gleam_error => panic,
                    message => <<<<"\n"/utf8, (gleam@string:inspect(A))/binary>>/binary,
                        "\nshould be ok"/utf8>>,
                    file => <<?FILEPATH/utf8>>,
                    module => <<"gleeunit/should"/utf8>>,
                    function => <<"be_ok"/utf8>>,
                    line => 40})
    end.
