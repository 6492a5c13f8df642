%% file:consult/1 and friends, filelib (wildcard, ensure_dir, is_dir, is_file, ...),
%% and filename, on a scratch tree; the fixture's own directory is found through
%% code:which/1.
-module(otp_file_consult).
-export([main/0]).

main() ->
    Dir = filename:join("/tmp", "beamr_otp_file_consult_" ++ os:getpid() ++ "_"
                        ++ integer_to_list(erlang:unique_integer([positive]))),
    ok = file:make_dir(Dir),
    try run(Dir) after remove(Dir) end.

remove(Path) ->
    case file:read_link_info(Path) of
        {ok, {file_info, _, directory, _, _, _, _, _, _, _, _, _, _, _}} ->
            {ok, Names} = file:list_dir(Path),
            [remove(filename:join(Path, N)) || N <- Names],
            ok = file:del_dir(Path);
        {ok, _} -> ok = file:delete(Path);
        {error, enoent} -> ok
    end.

run(Dir) ->
    Terms = filename:join(Dir, "terms.config"),
    ok = file:write_file(Terms, <<"%% a comment\n{app, [{key, value}, {n, 42}]}.\n"
                                   "\"a string\".\n[1, 2.5, <<\"bin\">>, 'quoted atom'].\n"
                                   "#{map => true}.\n">>),
    Consult = file:consult(Terms),
    Bad = filename:join(Dir, "bad.config"),
    ok = file:write_file(Bad, <<"{ok, 1}.\n{broken\n">>),
    ConsultBad = file:consult(Bad),
    ConsultMissing = file:consult(filename:join(Dir, "missing.config")),
    Script = filename:join(Dir, "calc.script"),
    ok = file:write_file(Script, <<"X = 6, Y = 7, X * Y.\n">>),
    ScriptResult = file:script(Script),
    PathConsult = file:path_consult([filename:join(Dir, "nope"), Dir], "terms.config"),
    Nested = filename:join([Dir, "a", "b", "c", "file.txt"]),
    Ensure1 = filelib:ensure_dir(Nested),
    Ensure2 = filelib:ensure_dir(Nested),
    ok = file:write_file(Nested, <<"x">>),
    ok = file:write_file(filename:join([Dir, "a", "one.erl"]), <<>>),
    ok = file:write_file(filename:join([Dir, "a", "two.erl"]), <<>>),
    ok = file:write_file(filename:join([Dir, "a", "b", "three.hrl"]), <<>>),
    ok = file:write_file(filename:join([Dir, "a", "b", "four.erl"]), <<>>),
    Rel = fun(Paths) -> lists:sort([lists:nthtail(length(Dir) + 1, P) || P <- Paths]) end,
    Wild = [Rel(filelib:wildcard(filename:join(Dir, P))) || P <- ["a/*.erl", "a/**/*.erl", "*/b/*", "a/{one,two}.erl",
                                                                   "a/t?o.erl", "a/[ot]*.erl", "nothing/*"]],
    WildCwd = lists:sort(filelib:wildcard("*.erl", filename:join(Dir, "a"))),
    Checks = [filelib:is_dir(Dir), filelib:is_dir(Nested), filelib:is_file(Nested), filelib:is_file(Dir),
              filelib:is_regular(Nested), filelib:is_regular(Dir), filelib:is_file(filename:join(Dir, "zz")),
              filelib:file_size(Terms), filelib:file_size(filename:join(Dir, "zz")),
              is_tuple(filelib:last_modified(Terms)), filelib:last_modified(filename:join(Dir, "zz"))],
    Own = code:which(?MODULE),
    OwnDir = filename:dirname(Own),
    OwnFiles = [F || F <- element(2, file:list_dir(OwnDir)), F =:= "otp_file_consult.beam"],
    Names = [filename:basename("/a/b/c.erl"), filename:basename("/a/b/c.erl", ".erl"), filename:dirname("/a/b/c.erl"),
             filename:extension("x.tar.gz"), filename:rootname("x.tar.gz"), filename:rootname("x.erl", ".erl"),
             filename:join(["/a", "b", "../c"]), filename:join("a", "/b"), filename:split("/a/b/c"),
             filename:absname("x", "/base"), filename:absname("/x"), filename:pathtype("/a"), filename:pathtype("a"),
             filename:nativename("/a//b/"), filename:flatten([$a, ["b", <<"c">>], d]),
             filename:join(<<"/bin">>, "x"), filename:basedir(user_cache, "app", #{os => linux, env => #{}}) =/= [],
             filelib:safe_relative_path("a/../b", "/")],
    [{consult, Consult}, {consult_errors, ConsultBad, ConsultMissing}, {script, ScriptResult},
     {path_consult, element(1, PathConsult), element(2, PathConsult),
      lists:nthtail(length(Dir), element(3, PathConsult))},
     {ensure_dir, Ensure1, Ensure2}, {wildcard, Wild, WildCwd}, {checks, Checks},
     {own, filename:basename(Own), OwnFiles}, {names, Names}].
