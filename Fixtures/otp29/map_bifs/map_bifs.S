{module,map_bifs}.
{exports,[{main,0},{module_info,0},{module_info,1}]}.
{attributes,[]}.
{labels,28}.
{function,main,0,2}.
{label,1}.
{line,[{location,"map_bifs.erl",6}]}.
{func_info,{atom,map_bifs},{atom,main},0}.
{label,2}.
{allocate,15,0}.
{init_yregs,{list,[{y,0},{y,1},{y,2},{y,3},{y,4},{y,5},{y,6},{y,7},{y,8},{y,9},{y,10},{y,11},{y,12},{y,13},{y,14}]}}.
{move,{literal,[{3,c},{1,a},{2,b},{1,again}]},{x,0}}.
{line,[{location,"map_bifs.erl",7}]}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[nope]},{t_list,{t_union,{t_atom,[a]},none,none,[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_atom,[a,again]}}}},{{2,{t_integer,{2,2}}},{t_tuple,2,true,#{1 => {t_integer,{2,2}},2 => {t_atom,[b]}}}},{{2,{t_integer,{3,3}}},{t_tuple,2,true,#{1 => {t_integer,{3,3}},2 => {t_atom,[c]}}}}],none,none},nil},{t_integer,{5,5}},none,none,{t_map,{t_atom,[a,alpha,b,c,zeta]},{t_integer,{1,3}}}}}]}}.
{line,[{location,"map_bifs.erl",8}]}.
{call_ext,1,{extfunc,maps,from_list,1}}.
{move,{x,0},{y,13}}.
{line,[{location,"map_bifs.erl",9}]}.
{call_ext,1,{extfunc,maps,to_list,1}}.
{move,{x,0},{y,12}}.
{move,{y,13},{x,0}}.
{call_ext,1,{extfunc,maps,keys,1}}.
{move,{x,0},{y,11}}.
{move,{y,13},{x,0}}.
{call_ext,1,{extfunc,maps,values,1}}.
{move,{x,0},{y,10}}.
{move,{y,13},{x,1}}.
{move,{integer,2},{x,0}}.
{call_ext,2,{extfunc,maps,take,2}}.
{move,{x,0},{y,9}}.
{move,{y,13},{x,1}}.
{move,{integer,7},{x,0}}.
{call_ext,2,{extfunc,maps,take,2}}.
{move,{y,13},{x,1}}.
{move,{literal,#{1 => x,5 => y}},{x,0}}.
{line,[{location,"map_bifs.erl",10}]}.
{call_ext,2,{extfunc,maps,merge,2}}.
{move,{x,0},{y,8}}.
{move,{y,13},{x,0}}.
{move,{literal,#{1 => x,5 => y}},{x,1}}.
{call_ext,2,{extfunc,maps,merge,2}}.
{move,{x,0},{y,7}}.
{move,nil,{x,0}}.
{line,[{location,"map_bifs.erl",11}]}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[nope]},{t_list,{t_union,{t_atom,[a]},none,none,[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_atom,[a,again]}}}},{{2,{t_integer,{2,2}}},{t_tuple,2,true,#{1 => {t_integer,{2,2}},2 => {t_atom,[b]}}}},{{2,{t_integer,{3,3}}},{t_tuple,2,true,#{1 => {t_integer,{3,3}},2 => {t_atom,[c]}}}}],none,none},nil},{t_integer,{5,5}},none,none,{t_map,{t_atom,[a,alpha,b,c,zeta]},{t_integer,{1,3}}}}}]}}.
{call_ext,1,{extfunc,maps,from_list,1}}.
{move,{x,0},{y,6}}.
{move,{literal,#{}},{x,0}}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[nope]},{t_list,{t_union,{t_atom,[a]},none,none,[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_atom,[a,again]}}}},{{2,{t_integer,{2,2}}},{t_tuple,2,true,#{1 => {t_integer,{2,2}},2 => {t_atom,[b]}}}},{{2,{t_integer,{3,3}}},{t_tuple,2,true,#{1 => {t_integer,{3,3}},2 => {t_atom,[c]}}}}],none,none},nil},{t_integer,{5,5}},none,none,{t_map,{t_atom,[a,alpha,b,c,zeta]},{t_integer,{1,3}}}}}]}}.
{call_ext,1,{extfunc,maps,to_list,1}}.
{move,{x,0},{y,5}}.
{move,{literal,#{a => 2,b => 1,c => 3}},{x,0}}.
{line,[{location,"map_bifs.erl",12}]}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[nope]},{t_list,{t_union,{t_atom,[a]},none,none,[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_atom,[a,again]}}}},{{2,{t_integer,{2,2}}},{t_tuple,2,true,#{1 => {t_integer,{2,2}},2 => {t_atom,[b]}}}},{{2,{t_integer,{3,3}}},{t_tuple,2,true,#{1 => {t_integer,{3,3}},2 => {t_atom,[c]}}}}],none,none},nil},{t_integer,{5,5}},none,none,{t_map,{t_atom,[a,alpha,b,c,zeta]},{t_integer,{1,3}}}}}]}}.
{call_ext,1,{extfunc,maps,keys,1}}.
{call,1,{f,12}}.
{'%',{var_info,{x,0},[{type,{t_list,{t_union,{t_atom,[a,alpha,b,c,zeta]},none,none,{t_tuple,2,true,#{1 => {t_atom,[a,alpha,b,c,zeta]},2 => {t_integer,{1,3}}}},none,none},nil}}]}}.
{move,{x,0},{y,4}}.
{move,{literal,#{alpha => 2,zeta => 1}},{x,0}}.
{line,[{location,"map_bifs.erl",13}]}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[nope]},{t_list,{t_union,{t_atom,[a]},none,none,[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_atom,[a,again]}}}},{{2,{t_integer,{2,2}}},{t_tuple,2,true,#{1 => {t_integer,{2,2}},2 => {t_atom,[b]}}}},{{2,{t_integer,{3,3}}},{t_tuple,2,true,#{1 => {t_integer,{3,3}},2 => {t_atom,[c]}}}}],none,none},nil},{t_integer,{5,5}},none,none,{t_map,{t_atom,[a,alpha,b,c,zeta]},{t_integer,{1,3}}}}}]}}.
{call_ext,1,{extfunc,maps,to_list,1}}.
{call,1,{f,12}}.
{'%',{var_info,{x,0},[{type,{t_list,{t_union,{t_atom,[a,alpha,b,c,zeta]},none,none,{t_tuple,2,true,#{1 => {t_atom,[a,alpha,b,c,zeta]},2 => {t_integer,{1,3}}}},none,none},nil}}]}}.
{move,{x,0},{y,3}}.
{'try',{y,14},{f,3}}.
{move,{literal,[a]},{x,0}}.
{line,[{location,"map_bifs.erl",14}]}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[nope]},{t_list,{t_union,{t_atom,[a]},none,none,[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_atom,[a,again]}}}},{{2,{t_integer,{2,2}}},{t_tuple,2,true,#{1 => {t_integer,{2,2}},2 => {t_atom,[b]}}}},{{2,{t_integer,{3,3}}},{t_tuple,2,true,#{1 => {t_integer,{3,3}},2 => {t_atom,[c]}}}}],none,none},nil},{t_integer,{5,5}},none,none,{t_map,{t_atom,[a,alpha,b,c,zeta]},{t_integer,{1,3}}}}}]}}.
{call_ext,1,{extfunc,maps,from_list,1}}.
{try_end,{y,14}}.
{move,{x,0},{y,2}}.
{jump,{f,4}}.
{label,3}.
{try_case,{y,14}}.
{test,is_eq_exact,{f,10},[{tr,{x,0},{t_atom,[error,exit,throw]}},{atom,error}]}.
{move,{x,1},{y,2}}.
{label,4}.
{'try',{y,14},{f,5}}.
{move,{atom,nope},{x,0}}.
{line,[{scope,"\b\t"},{location,"map_bifs.erl",15}]}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[nope]},{t_list,{t_union,{t_atom,[a]},none,none,[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_atom,[a,again]}}}},{{2,{t_integer,{2,2}}},{t_tuple,2,true,#{1 => {t_integer,{2,2}},2 => {t_atom,[b]}}}},{{2,{t_integer,{3,3}}},{t_tuple,2,true,#{1 => {t_integer,{3,3}},2 => {t_atom,[c]}}}}],none,none},nil},{t_integer,{5,5}},none,none,{t_map,{t_atom,[a,alpha,b,c,zeta]},{t_integer,{1,3}}}}}]}}.
{call_ext,1,{extfunc,maps,keys,1}}.
{try_end,{y,14}}.
{move,{x,0},{y,1}}.
{jump,{f,6}}.
{label,5}.
{try_case,{y,14}}.
{test,is_eq_exact,{f,10},[{tr,{x,0},{t_atom,[error,exit,throw]}},{atom,error}]}.
{move,{x,1},{y,1}}.
{label,6}.
{'try',{y,14},{f,7}}.
{move,{literal,#{}},{x,0}}.
{line,[{scope,[5,6]},{location,"map_bifs.erl",16}]}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[nope]},{t_list,{t_union,{t_atom,[a]},none,none,[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_atom,[a,again]}}}},{{2,{t_integer,{2,2}}},{t_tuple,2,true,#{1 => {t_integer,{2,2}},2 => {t_atom,[b]}}}},{{2,{t_integer,{3,3}}},{t_tuple,2,true,#{1 => {t_integer,{3,3}},2 => {t_atom,[c]}}}}],none,none},nil},{t_integer,{5,5}},none,none,{t_map,{t_atom,[a,alpha,b,c,zeta]},{t_integer,{1,3}}}}}]}}.
{bif,map_get,{f,0},[{atom,x},{tr,{x,0},{t_union,{t_atom,[nope]},{t_list,{t_union,{t_atom,[a]},none,none,[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_atom,[a,again]}}}},{{2,{t_integer,{2,2}}},{t_tuple,2,true,#{1 => {t_integer,{2,2}},2 => {t_atom,[b]}}}},{{2,{t_integer,{3,3}}},{t_tuple,2,true,#{1 => {t_integer,{3,3}},2 => {t_atom,[c]}}}}],none,none},nil},{t_integer,{5,5}},none,none,{t_map,{t_atom,[a,alpha,b,c,zeta]},{t_integer,{1,3}}}}}],{x,0}}.
{label,7}.
{try_case,{y,14}}.
{move,{x,1},{y,0}}.
{test,is_eq_exact,{f,10},[{tr,{x,0},{t_atom,[error,exit,throw]}},{atom,error}]}.
{'try',{y,14},{f,8}}.
{move,{integer,5},{x,0}}.
{line,[{scope,[3]},{location,"map_bifs.erl",17}]}.
{call,1,{f,15}}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[nope]},{t_list,{t_union,{t_atom,[a]},none,none,[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_atom,[a,again]}}}},{{2,{t_integer,{2,2}}},{t_tuple,2,true,#{1 => {t_integer,{2,2}},2 => {t_atom,[b]}}}},{{2,{t_integer,{3,3}}},{t_tuple,2,true,#{1 => {t_integer,{3,3}},2 => {t_atom,[c]}}}}],none,none},nil},{t_integer,{5,5}},none,none,{t_map,{t_atom,[a,alpha,b,c,zeta]},{t_integer,{1,3}}}}}]}}.
{move,{x,0},{x,1}}.
{move,{atom,x},{x,0}}.
{call_ext,2,{extfunc,maps,remove,2}}.
{try_end,{y,14}}.
{jump,{f,9}}.
{label,8}.
{try_case,{y,14}}.
{test,is_eq_exact,{f,10},[{tr,{x,0},{t_atom,[error,exit,throw]}},{atom,error}]}.
{move,{x,1},{x,0}}.
{label,9}.
{test_heap,32,1}.
{put_list,{x,0},nil,{x,0}}.
{put_list,{y,0},{x,0},{x,0}}.
{put_list,{y,1},{x,0},{x,0}}.
{put_list,{y,2},{x,0},{x,0}}.
{put_list,{y,3},{x,0},{x,0}}.
{put_list,{y,4},{x,0},{x,0}}.
{put_list,{y,5},{x,0},{x,0}}.
{put_list,{y,6},{x,0},{x,0}}.
{put_list,{y,7},{x,0},{x,0}}.
{put_list,{y,8},{x,0},{x,0}}.
{put_list,{atom,error},{x,0},{x,0}}.
{put_list,{y,9},{x,0},{x,0}}.
{put_list,{y,10},{x,0},{x,0}}.
{put_list,{y,11},{x,0},{x,0}}.
{put_list,{y,12},{x,0},{x,0}}.
{put_list,{y,13},{x,0},{x,0}}.
{deallocate,15}.
return.
{label,10}.
{bif,raise,{f,0},[{x,2},{x,1}],{x,0}}.
{function,sort,1,12}.
{label,11}.
{line,[{location,"map_bifs.erl",19}]}.
{func_info,{atom,map_bifs},{atom,sort},1}.
{label,12}.
{'%',{var_info,{x,0},[{type,{t_list,{t_union,{t_atom,[a,alpha,b,c,zeta]},none,none,{t_tuple,2,true,#{1 => {t_atom,[a,alpha,b,c,zeta]},2 => {t_integer,{1,3}}}},none,none},nil}}]}}.
{test,is_nonempty_list,{f,13},[{x,0}]}.
{allocate,2,1}.
{get_list,{x,0},{y,1},{y,0}}.
{move,{y,1},{x,1}}.
{move,{y,0},{x,0}}.
{line,[{location,"map_bifs.erl",20}]}.
{call,2,{f,25}}.
{'%',{var_info,{x,0},[{type,{t_list,{t_union,{t_atom,[a,alpha,b,c,zeta]},none,none,{t_tuple,2,true,#{1 => {t_atom,[a,alpha,b,c,zeta]},2 => {t_integer,{1,3}}}},none,none},nil}}]}}.
{call,1,{f,12}}.
{'%',{var_info,{x,0},[{type,{t_list,{t_union,{t_atom,[a,alpha,b,c,zeta]},none,none,{t_tuple,2,true,#{1 => {t_atom,[a,alpha,b,c,zeta]},2 => {t_integer,{1,3}}}},none,none},nil}}]}}.
{swap,{y,0},{x,0}}.
{move,{y,1},{x,1}}.
{call,2,{f,21}}.
{'%',{var_info,{x,0},[{type,{t_list,{t_union,{t_atom,[a,alpha,b,c,zeta]},none,none,{t_tuple,2,true,#{1 => {t_atom,[a,alpha,b,c,zeta]},2 => {t_integer,{1,3}}}},none,none},nil}}]}}.
{call,1,{f,12}}.
{'%',{var_info,{x,0},[{type,{t_list,{t_union,{t_atom,[a,alpha,b,c,zeta]},none,none,{t_tuple,2,true,#{1 => {t_atom,[a,alpha,b,c,zeta]},2 => {t_integer,{1,3}}}},none,none},nil}}]}}.
{test_heap,2,1}.
{put_list,{y,1},{x,0},{x,1}}.
{move,{y,0},{x,0}}.
{call_ext_last,2,{extfunc,erlang,'++',2},2}.
{label,13}.
return.
{function,id,1,15}.
{label,14}.
{line,[{location,"map_bifs.erl",22}]}.
{func_info,{atom,map_bifs},{atom,id},1}.
{label,15}.
{'%',{var_info,{x,0},[{type,{t_union,{t_atom,[nope]},{t_list,{t_union,{t_atom,[a]},none,none,[{{2,{t_integer,{1,1}}},{t_tuple,2,true,#{1 => {t_integer,{1,1}},2 => {t_atom,[a,again]}}}},{{2,{t_integer,{2,2}}},{t_tuple,2,true,#{1 => {t_integer,{2,2}},2 => {t_atom,[b]}}}},{{2,{t_integer,{3,3}}},{t_tuple,2,true,#{1 => {t_integer,{3,3}},2 => {t_atom,[c]}}}}],none,none},nil},{t_integer,{5,5}},none,none,{t_map,{t_atom,[a,alpha,b,c,zeta]},{t_integer,{1,3}}}}}]}}.
return.
{function,module_info,0,17}.
{label,16}.
{line,[]}.
{func_info,{atom,map_bifs},{atom,module_info},0}.
{label,17}.
{move,{atom,map_bifs},{x,0}}.
{call_ext_only,1,{extfunc,erlang,get_module_info,1}}.
{function,module_info,1,19}.
{label,18}.
{line,[]}.
{func_info,{atom,map_bifs},{atom,module_info},1}.
{label,19}.
{move,{x,0},{x,1}}.
{move,{atom,map_bifs},{x,0}}.
{call_ext_only,2,{extfunc,erlang,get_module_info,2}}.
{function,'-sort/1-lc$^0/1-1-',2,21}.
{label,20}.
{line,[{location,"map_bifs.erl",20}]}.
{func_info,{atom,map_bifs},{atom,'-sort/1-lc$^0/1-1-'},2}.
{label,21}.
{'%',{var_info,{x,0},[{type,{t_list,{t_union,{t_atom,[a,alpha,b,c,zeta]},none,none,{t_tuple,2,true,#{1 => {t_atom,[a,alpha,b,c,zeta]},2 => {t_integer,{1,3}}}},none,none},nil}}]}}.
{'%',{var_info,{x,1},[{type,{t_union,{t_atom,[a,alpha,b,c,zeta]},none,none,{t_tuple,2,true,#{1 => {t_atom,[a,alpha,b,c,zeta]},2 => {t_integer,{1,3}}}},none,none}}]}}.
{test,is_nonempty_list,{f,23},[{x,0}]}.
{get_list,{x,0},{x,2},{x,0}}.
{test,is_ge,{f,22},[{tr,{x,2},{t_union,{t_atom,[a,alpha,b,c,zeta]},none,none,{t_tuple,2,true,#{1 => {t_atom,[a,alpha,b,c,zeta]},2 => {t_integer,{1,3}}}},none,none}},{tr,{x,1},{t_union,{t_atom,[a,alpha,b,c,zeta]},none,none,{t_tuple,2,true,#{1 => {t_atom,[a,alpha,b,c,zeta]},2 => {t_integer,{1,3}}}},none,none}}]}.
{allocate,1,3}.
{move,{x,2},{y,0}}.
{call,2,{f,21}}.
{'%',{var_info,{x,0},[{type,{t_list,{t_union,{t_atom,[a,alpha,b,c,zeta]},none,none,{t_tuple,2,true,#{1 => {t_atom,[a,alpha,b,c,zeta]},2 => {t_integer,{1,3}}}},none,none},nil}}]}}.
{test_heap,2,1}.
{put_list,{y,0},{x,0},{x,0}}.
{deallocate,1}.
return.
{label,22}.
{call_only,2,{f,21}}.
{label,23}.
return.
{function,'-sort/1-lc$^1/1-0-',2,25}.
{label,24}.
{line,[{location,"map_bifs.erl",20}]}.
{func_info,{atom,map_bifs},{atom,'-sort/1-lc$^1/1-0-'},2}.
{label,25}.
{'%',{var_info,{x,0},[{type,{t_list,{t_union,{t_atom,[a,alpha,b,c,zeta]},none,none,{t_tuple,2,true,#{1 => {t_atom,[a,alpha,b,c,zeta]},2 => {t_integer,{1,3}}}},none,none},nil}}]}}.
{'%',{var_info,{x,1},[{type,{t_union,{t_atom,[a,alpha,b,c,zeta]},none,none,{t_tuple,2,true,#{1 => {t_atom,[a,alpha,b,c,zeta]},2 => {t_integer,{1,3}}}},none,none}}]}}.
{test,is_nonempty_list,{f,27},[{x,0}]}.
{get_list,{x,0},{x,2},{x,0}}.
{test,is_lt,{f,26},[{tr,{x,2},{t_union,{t_atom,[a,alpha,b,c,zeta]},none,none,{t_tuple,2,true,#{1 => {t_atom,[a,alpha,b,c,zeta]},2 => {t_integer,{1,3}}}},none,none}},{tr,{x,1},{t_union,{t_atom,[a,alpha,b,c,zeta]},none,none,{t_tuple,2,true,#{1 => {t_atom,[a,alpha,b,c,zeta]},2 => {t_integer,{1,3}}}},none,none}}]}.
{allocate,1,3}.
{move,{x,2},{y,0}}.
{call,2,{f,25}}.
{'%',{var_info,{x,0},[{type,{t_list,{t_union,{t_atom,[a,alpha,b,c,zeta]},none,none,{t_tuple,2,true,#{1 => {t_atom,[a,alpha,b,c,zeta]},2 => {t_integer,{1,3}}}},none,none},nil}}]}}.
{test_heap,2,1}.
{put_list,{y,0},{x,0},{x,0}}.
{deallocate,1}.
return.
{label,26}.
{call_only,2,{f,25}}.
{label,27}.
return.
