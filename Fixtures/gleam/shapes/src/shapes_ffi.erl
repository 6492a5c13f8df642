-module(shapes_ffi).
-export([arguments/0, to_atom/1]).

%% The program's arguments (after `--`) as Gleam strings.
arguments() ->
    [unicode:characters_to_binary(Argument) || Argument <- init:get_plain_arguments()].

to_atom(Binary) ->
    binary_to_atom(Binary, utf8).
