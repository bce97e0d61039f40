import {        } from './a';
