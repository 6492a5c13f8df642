%% Never called by the fixture program: a bundle leaves it (and what it calls) out.
-module(mini@unused).
-export([parse/1]).

parse(Text) ->
    {ok, Tokens, _} = erl_scan:string(Text),
    erl_parse:parse_exprs(Tokens).
