%% erlang:loaded/0 lists the loaded modules, as code:all_loaded/0 does.
-module(code_erlang_loaded).
-export([main/0]).

main() ->
    2 = string:length("ab"),
    Loaded = erlang:loaded(),
    All = [M || {M, _} <- code:all_loaded()],
    {is_list(Loaded),
     lists:all(fun is_atom/1, Loaded),
     lists:member(string, Loaded),
     lists:member(code_erlang_loaded, Loaded),
     lists:sort(All) -- lists:sort(Loaded),
     length(Loaded) =:= length(lists:usort(Loaded))}.
