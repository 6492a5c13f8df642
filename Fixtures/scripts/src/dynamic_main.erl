%% Reaches a module only through a computed name, so a bundle needs --include.
-module(dynamic_main).
-export([main/1]).

main([Name]) ->
    Module = list_to_atom(Name),
    io:format("~s~n", [atom_to_list(Module:hello())]).
